import { databaseOptions } from '@nestmall/platform';
import { DataSource } from 'typeorm';
import { DeadLetterEntity, InboxEntity, OutboxEntity } from './entities.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { newEvent } from './integration-event.js';
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
import { OutboxBatches1764920000000 } from './migrations/1764920000000-outbox-batches.js';
import { CreateDeadLetters1764130000000 } from './migrations/1764130000000-create-dead-letters.js';

/** The monolith's bus on a real (in-memory) SQLite database, its handlers given the event only. */
describe('InProcessEventBus', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: 'sqlite::memory:',
        entities: [OutboxEntity, InboxEntity, DeadLetterEntity],
        migrations: [
          CreateMessaging1764100000000,
          CreateDeadLetters1764130000000,
          OutboxBatches1764920000000,
        ],
      }),
    ).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('runs every handler of the type once per event, and tells its listeners after each commit', async () => {
    const bus = new InProcessEventBus(dataSource, 3);
    const seen: string[] = [];
    let committed = 0;
    bus.onHandled(() => committed++);
    await bus.subscribe({
      consumer: 'a',
      types: ['T'],
      handler: async (e) => void seen.push(`a ${e.type}`),
    });
    await bus.subscribe({
      consumer: 'b',
      types: ['T', 'U'],
      handler: async (e) => void seen.push(`b ${e.type}`),
    });
    const event = newEvent('T', {});
    await bus.publish(event);
    await bus.publish(event); // delivered again: both inboxes absorb it
    await bus.publish(newEvent('U', {}));
    expect(seen).toEqual(['a T', 'b T', 'b U']);
    expect(committed).toBe(3);
    expect(bus.stats).toMatchObject({ published: 3, handled: 3, duplicates: 2 });
  });

  it('fails the publish while a handler fails (the relay retries), then parks the event for it alone', async () => {
    const bus = new InProcessEventBus(dataSource, 2);
    const healthy: string[] = [];
    await bus.subscribe({
      consumer: 'poisoned',
      types: ['P'],
      handler: async () => {
        throw new Error('cannot digest this');
      },
    });
    await bus.subscribe({
      consumer: 'healthy',
      types: ['P'],
      handler: async (e) => void healthy.push(e.id),
    });
    const event = newEvent('P', {});
    await expect(bus.publish(event)).rejects.toThrow('cannot digest this');
    await bus.publish(event); // second failure: dead-lettered, the publish succeeds
    expect(healthy).toEqual([event.id]);
    const dead = await dataSource.getRepository(DeadLetterEntity).findBy({ eventId: event.id });
    expect(dead).toMatchObject([
      { consumer: 'poisoned', attempts: 2, error: 'cannot digest this' },
    ]);
    expect(bus.stats).toMatchObject({ retried: 1, deadLettered: 1, duplicates: 1 });
    await bus.publish(event); // marked handled for it too: not parked twice
    expect(await dataSource.getRepository(DeadLetterEntity).countBy({ eventId: event.id })).toBe(1);
  });
});
