import { jest } from '@jest/globals';
import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { FakeEventBus } from '@nestmall/testing';
import { DataSource, IsNull } from 'typeorm';
import { OutboxEntity } from './entities.js';
import { newEvent, type IntegrationEvent } from './integration-event.js';
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
import { OutboxBatches1764920000000 } from './migrations/1764920000000-outbox-batches.js';
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
        migrations: [CreateMessaging1764100000000, OutboxBatches1764920000000],
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

  const steps = (events: IntegrationEvent[]) => events.map((e) => (e.payload as { n: number }).n);
  const due = () =>
    dataSource
      .getRepository(OutboxEntity)
      .createQueryBuilder()
      .update()
      .set({ nextAttemptAtMs: 0 })
      .execute();

  it('leases, publishes and marks a batch with three statements whatever its size', async () => {
    relay = new OutboxRelay(dataSource, bus, { ...settings, batch: 50 }); // (no second pass)
    await append(Array.from({ length: 10 }, (_, n) => newEvent('Step', { n })));
    const statements: string[] = [];
    const logQuery = jest
      .spyOn(dataSource.logger, 'logQuery')
      .mockImplementation((sql: string) => void statements.push(sql.split(' ')[0]));
    try {
      expect(await relay.tick()).toBe(10);
    } finally {
      logQuery.mockRestore();
    }
    expect(statements).toEqual(['SELECT', 'UPDATE', 'UPDATE']);
  });

  it('a failed publish in the middle of a batch: the rest goes out, its aggregate stops there', async () => {
    const g = [1, 2, 3].map((n) => newEvent('OrderStep', { gid: 'gA', n }));
    const others = [4, 5, 6].map((n) => newEvent('OrderStep', { gid: `gB${n}`, n }));
    await append([g[0], others[0], g[1], others[1], g[2], others[2]]);
    const publish = bus.publish.bind(bus);
    let refuse = true;
    bus.publish = async (event) => {
      if (refuse && event.id === g[1].id) throw new Error('nack');
      return publish(event);
    };
    expect(await relay.tick()).toBe(4);
    expect(steps(bus.publishedEvents).sort()).toEqual([1, 4, 5, 6]);
    const rows = dataSource.getRepository(OutboxEntity);
    const failed = await rows.findOneByOrFail({ id: g[1].id });
    const behind = await rows.findOneByOrFail({ id: g[2].id });
    expect(failed).toMatchObject({ attempts: 1, publishedAtMs: null, leaseToken: null });
    expect(Number(failed.nextAttemptAtMs)).toBeGreaterThan(Date.now());
    // Not tried, not counted: released (no lease) for the next pass.
    expect(behind).toMatchObject({ attempts: 0, publishedAtMs: null, leaseToken: null });
    expect(behind.leaseUntilMs).toBeNull();

    refuse = false;
    await due();
    expect(await relay.tick()).toBe(2);
    const ofA = bus.publishedEvents.filter((e) => (e.payload as { gid: string }).gid === 'gA');
    expect(steps(ofA)).toEqual([1, 2, 3]);
    expect(await unpublished()).toBe(0);
  });

  it('keeps each aggregate in order across batches', async () => {
    relay = new OutboxRelay(dataSource, bus, { ...settings, batch: 4 });
    const events = Array.from({ length: 15 }, (_, n) =>
      newEvent('OrderStep', { gid: `g${n % 3}`, n }),
    );
    for (const event of events) await append([event]); // one commit each, as orders write them
    for (let pass = 0; pass < 20 && (await unpublished()) > 0; pass++) await relay.tick();
    expect(await unpublished()).toBe(0);
    expect(bus.publishedEvents).toHaveLength(15); // none twice
    for (const g of ['g0', 'g1', 'g2']) {
      const of = (list: IntegrationEvent[]) =>
        steps(list.filter((e) => (e.payload as { gid: string }).gid === g));
      expect(of(bus.publishedEvents)).toEqual(of(events));
    }
  });

  it('two relays on one outbox publish every event once, each aggregate in order', async () => {
    const timeline: IntegrationEvent[] = []; // what both relays published, as it happened
    const slow = (b: FakeEventBus) => {
      const publish = b.publish.bind(b);
      b.publish = async (event) => {
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        timeline.push(event);
        return publish(event);
      };
      return b;
    };
    const [busA, busB] = [slow(new FakeEventBus()), slow(new FakeEventBus())];
    const relayA = new OutboxRelay(dataSource, busA, { ...settings, batch: 7 });
    const relayB = new OutboxRelay(dataSource, busB, { ...settings, batch: 7 });
    const events = Array.from({ length: 80 }, (_, n) =>
      newEvent('OrderStep', { gid: `g${n % 5}`, n }),
    );
    try {
      const writer = (async () => {
        for (const event of events) await append([event]);
      })();
      const relaying = async (r: OutboxRelay) => {
        for (let pass = 0; pass < 200; pass++) {
          await r.tick();
          if (pass > 10 && (await unpublished()) === 0) return;
        }
      };
      await Promise.all([writer, relaying(relayA), relaying(relayB)]);
      for (let pass = 0; pass < 50 && (await unpublished()) > 0; pass++)
        await Promise.all([relayA.tick(), relayB.tick()]);
    } finally {
      await relayA.onApplicationShutdown();
      await relayB.onApplicationShutdown();
    }
    const all = [...busA.publishedEvents, ...busB.publishedEvents];
    expect(all).toHaveLength(80);
    expect(new Set(all.map((e) => e.id)).size).toBe(80);
    for (let g = 0; g < 5; g++) {
      const of = steps(timeline.filter((e) => (e.payload as { gid: string }).gid === `g${g}`));
      expect(of).toEqual([...of].sort((a, b) => a - b));
    }
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
