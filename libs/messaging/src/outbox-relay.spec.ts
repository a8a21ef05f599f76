import { jest } from '@jest/globals';
import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { FakeEventBus } from '@nestmall/testing';
import { DataSource, IsNull } from 'typeorm';
import { OutboxEntity } from './entities.js';
import { newEvent, type IntegrationEvent } from './integration-event.js';
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
import { Outbox } from './outbox.js';
import { OutboxRelay } from './outbox-relay.js';

/** The relay over a real (in-memory) SQLite outbox and a bus that records what it got. */
describe('OutboxRelay', () => {
  let dataSource: DataSource;
  let bus: FakeEventBus;
  let relay: OutboxRelay;
  const settings = { intervalMs: 60_000, batch: 10, leaseMs: 5_000 };

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: 'sqlite::memory:',
        entities: [OutboxEntity],
        migrations: [CreateMessaging1764100000000],
      }),
    ).initialize();
  });
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    await dataSource.getRepository(OutboxEntity).clear();
    bus = new FakeEventBus();
    relay = new OutboxRelay(dataSource, bus, settings);
  });
  afterEach(() => relay.onApplicationShutdown());

  const append = (events: IntegrationEvent[]) =>
    new TypeOrmUnitOfWork(dataSource).run(() => new Outbox(dataSource, null).append(events));
  const unpublished = () =>
    dataSource.getRepository(OutboxEntity).countBy({ publishedAtMs: IsNull() });

  it('publishes what the outbox holds, one aggregate in order, and marks each row published', async () => {
    const order = [1, 2, 3].map((n) => newEvent('OrderStep', { gid: 'g1', n }));
    await append(order);
    expect(await relay.tick()).toBe(3);
    expect(bus.publishedEvents.map((e) => (e.payload as { n: number }).n)).toEqual([1, 2, 3]);
    expect(await unpublished()).toBe(0);
    expect(await relay.tick()).toBe(0); // nothing twice
  });

  it("keeps an event the bus refused, with backoff, and does not let the aggregate's next one overtake it", async () => {
    const [first, second] = [1, 2].map((n) => newEvent('OrderStep', { gid: 'g2', n }));
    const other = newEvent('OrderStep', { gid: 'g3', n: 9 });
    await append([first, second, other]);
    const publish = bus.publish.bind(bus);
    bus.publish = async (event) => {
      if (event.id === first.id) throw new Error('broker down');
      return publish(event);
    };
    expect(await relay.tick()).toBe(1); // only the other aggregate's event
    expect(bus.publishedEvents.map((e) => e.id)).toEqual([other.id]);
    const kept = await dataSource.getRepository(OutboxEntity).findOneByOrFail({ id: first.id });
    expect(kept).toMatchObject({ attempts: 1, publishedAtMs: null, leaseUntilMs: null });
    expect(Number(kept.nextAttemptAtMs)).toBeGreaterThan(Date.now());
    expect(await unpublished()).toBe(2);
  });

  it('relays at once when nudged after a commit, and stops for good at shutdown', async () => {
    const nudged = new Outbox(dataSource, relay);
    await new TypeOrmUnitOfWork(dataSource).run(() => nudged.append([newEvent('A', {})]));
    for (let i = 0; i < 50 && bus.publishedEvents.length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(bus.publishedEvents.map((e) => e.type)).toEqual(['A']);
    await relay.beforeApplicationShutdown();
    await append([newEvent('B', {})]);
    expect(await relay.tick()).toBe(0);
  });

  it('polls less and less while nothing is due (up to idleMs), and a nudge still relays at once', async () => {
    await relay.onApplicationShutdown();
    relay = new OutboxRelay(dataSource, bus, { ...settings, intervalMs: 20, idleMs: 160 });
    const find = jest.spyOn(dataSource.getRepository(OutboxEntity), 'find');
    try {
      relay.onApplicationBootstrap();
      await new Promise((r) => setTimeout(r, 700));
      // 20, 40, 80, 160, 160, 160 ms apart: about 6 polls in 0.7 s, not the 35 of a fixed 20 ms.
      expect(find.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(find.mock.calls.length).toBeLessThanOrEqual(10);
      const nudged = new Outbox(dataSource, relay);
      await new TypeOrmUnitOfWork(dataSource).run(() => nudged.append([newEvent('C', {})]));
      for (let i = 0; i < 10 && bus.publishedEvents.length === 0; i++)
        await new Promise((r) => setTimeout(r, 5));
      expect(bus.publishedEvents.map((e) => e.type)).toEqual(['C']);
    } finally {
      find.mockRestore();
    }
  });
});
