import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  DeadLetterEntity,
  InboxEntity,
  InProcessEventBus,
  MESSAGING_MIGRATIONS,
  OutboxEntity,
  Outbox,
  OutboxRelay,
  newEvent,
} from '@nestmall/messaging';
import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { DataSource, IsNull } from 'typeorm';
import { sqliteDatabase } from './support/databases.js';

/**
 * The monolith's bus with the same guarantees as RabbitMQ's: each event handled once per
 * consumer, a failing one retried with backoff and parked as a dead letter after N attempts
 * while the others flow, and the dead letters listed, shown and replayed with the CLI.
 */
const deadLettersScript = join(import.meta.dirname, '../scripts/dead-letters.mjs');

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('in-process bus: inbox, retries and dead letters (SQLite)', () => {
  const database = sqliteDatabase();
  let dataSource: DataSource;
  let bus: InProcessEventBus;
  let relay: OutboxRelay;
  let outbox: Outbox;
  const counted = new Map<string, number>();
  const audited = new Map<string, number>();
  let cured = false;

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: database.url,
        entities: [OutboxEntity, InboxEntity, DeadLetterEntity],
        migrations: MESSAGING_MIGRATIONS,
      }),
    ).initialize();
    bus = new InProcessEventBus(dataSource, 3);
    const count = (into: Map<string, number>) => async (event: { id: string; type: string }) => {
      into.set(event.id, (into.get(event.id) ?? 0) + 1);
    };
    await bus.subscribe({
      consumer: 'counter',
      types: ['Thing', 'Poison'],
      handler: async (event) => {
        if (event.type === 'Poison' && !cured) throw new Error('cannot digest this');
        await count(counted)(event);
      },
    });
    // A second consumer of the same events: it must not be held up or doubled by the first.
    await bus.subscribe({ consumer: 'audit', types: ['Thing', 'Poison'], handler: count(audited) });
    relay = new OutboxRelay(dataSource, bus, { intervalMs: 50, batch: 100, leaseMs: 10_000 });
    // No nudge: this bare data source lacks the app's SQLite serializer (DatabaseModule), so a
    // relay pass started by a nudge could share the one connection with a test's transaction.
    // The relay's interval (50 ms) picks the events up.
    outbox = new Outbox(dataSource, null);
    relay.onApplicationBootstrap();
  });

  afterAll(async () => {
    await relay?.onApplicationShutdown();
    await dataSource?.destroy();
    await database.drop();
  });

  async function append(type: string, n = 1): Promise<string[]> {
    const events = Array.from({ length: n }, (_, i) => newEvent(type, { n: i }));
    await new TypeOrmUnitOfWork(dataSource).run(() => outbox.append(events));
    return events.map((event) => event.id);
  }

  const unpublished = () =>
    dataSource.getRepository(OutboxEntity).countBy({ publishedAtMs: IsNull() });

  it('parks a poison event after 3 attempts while the events behind it flow', async () => {
    const [poison] = await append('Poison');
    const healthy = await append('Thing', 20);
    await until(
      async () => healthy.every((id) => counted.get(id) === 1) && (await unpublished()) === 0,
      20_000,
      'the healthy events behind the poison one',
    );
    const dead = await dataSource.getRepository(DeadLetterEntity).findBy({});
    expect(dead).toMatchObject([
      { consumer: 'counter', eventId: poison, type: 'Poison', attempts: 3 },
    ]);
    expect(dead[0].error).toBe('cannot digest this');
    expect(counted.has(poison)).toBe(false);
    // The other consumer handled it once, although the event was delivered three times.
    expect(audited.get(poison)).toBe(1);
    expect(bus.stats).toMatchObject({ deadLettered: 1, retried: 2, duplicates: 2 });
  });

  it('lists, shows and replays it with the CLI (--from database), and it is handled once', async () => {
    const [dead] = await dataSource.getRepository(DeadLetterEntity).findBy({});
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, [deadLettersScript, ...args, '--from', 'database'], {
        env: { PATH: process.env.PATH, DATABASE_URL: database.url },
      });
    const listed = await cli('list');
    expect(listed.stdout).toContain(`counter  ${dead.eventId}  Poison`);
    expect(listed.stdout).toContain('1 dead letter(s) in database');
    const shown = await cli('show', '--consumer', 'counter', '--id', dead.eventId, '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({
      event_id: dead.eventId,
      attempts: 3,
      error: 'cannot digest this',
      event: { id: dead.eventId, type: 'Poison', payload: { n: 0 } },
    });
    await expect(cli('show', '--consumer', 'counter', '--id', 'nope')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no dead letter nope for counter'),
    });
    await expect(cli('replay', '--consumer', 'counter')).rejects.toMatchObject({ code: 2 });

    cured = true;
    const replayed = await cli('replay', '--consumer', 'counter', '--id', dead.eventId);
    expect(replayed.stdout).toContain('replayed 1 dead letter(s) of counter');
    await until(async () => counted.get(dead.eventId) === 1, 10_000, 'the replayed event');
    expect(audited.get(dead.eventId)).toBe(1); // the other consumer absorbed the redelivery
    expect(await dataSource.getRepository(DeadLetterEntity).count()).toBe(0);
    expect((await cli('list')).stdout).toContain('0 dead letter(s) in database');
  });
});
