import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { DataSource } from 'typeorm';
import { InboxEntity, OutboxEntity } from './entities.js';
import { handleOnce } from './inbox.js';
import { newEvent } from './integration-event.js';
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
import { OutboxBatches1764920000000 } from './migrations/1764920000000-outbox-batches.js';
import { Outbox } from './outbox.js';

/** The outbox and the inbox in a unit of work, on a real (in-memory) SQLite database. */
describe('Outbox and inbox', () => {
  let dataSource: DataSource;
  let nudges: number;
  let outbox: Outbox;
  const outboxIds = async () =>
    (await dataSource.getRepository(OutboxEntity).find({ order: { id: 'ASC' } })).map((r) => r.id);

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: 'sqlite::memory:',
        entities: [OutboxEntity, InboxEntity],
        migrations: [CreateMessaging1764100000000, OutboxBatches1764920000000],
      }),
    ).initialize();
  });
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    await dataSource.getRepository(OutboxEntity).clear();
    await dataSource.getRepository(InboxEntity).clear();
    nudges = 0;
    outbox = new Outbox(dataSource, { nudge: () => void nudges++ });
  });

  it('writes events into the running unit of work and nudges the relay once it commits', async () => {
    const events = [newEvent('A', {}), newEvent('B', {})];
    await new TypeOrmUnitOfWork(dataSource).run(async () => {
      await outbox.append(events);
      expect(nudges).toBe(0);
    });
    expect(nudges).toBe(1);
    expect(await outboxIds()).toEqual(events.map((e) => e.id).sort());
    const row = await dataSource.getRepository(OutboxEntity).findOneByOrFail({ id: events[0].id });
    expect(row).toMatchObject({ type: 'A', publishedAtMs: null, attempts: 0 });
    expect(JSON.parse(row.body)).toEqual(events[0]);
  });

  it('loses its events with a unit of work that rolls back, and does not nudge', async () => {
    await expect(
      new TypeOrmUnitOfWork(dataSource).run(async () => {
        await outbox.append([newEvent('A', {})]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow();
    expect(await outboxIds()).toEqual([]);
    expect(nudges).toBe(0);
  });

  it('refuses to write outside a unit of work (an event commits with its cause), and ignores none', async () => {
    await expect(outbox.append([newEvent('A', {})])).rejects.toThrow(/inside a unit of work/);
    await outbox.append([]);
    expect(await outboxIds()).toEqual([]);
  });

  it("handles an event once per consumer: the inbox row commits with the handler's writes", async () => {
    const event = newEvent('Thing', {});
    const handled: string[] = [];
    const handler = async () => {
      handled.push(event.id);
      await outbox.append([newEvent('Reply', {})]);
    };
    expect(await handleOnce(dataSource, 'c1', event, handler)).toBe(true);
    expect(await handleOnce(dataSource, 'c1', event, handler)).toBe(false);
    expect(await handleOnce(dataSource, 'c2', event, handler)).toBe(true);
    expect(handled).toHaveLength(2);
    expect(await outboxIds()).toHaveLength(2);
  });

  it('rolls the inbox row back with a failing handler, so the event comes again', async () => {
    const event = newEvent('Thing', {});
    await expect(
      handleOnce(dataSource, 'c1', event, async () => {
        throw new Error('not now');
      }),
    ).rejects.toThrow('not now');
    expect(await dataSource.getRepository(InboxEntity).count()).toBe(0);
    expect(await handleOnce(dataSource, 'c1', event, async () => undefined)).toBe(true);
  });
});
