import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { RabbitMqEventBus, deleteBrokerObjects, newEvent } from '@nestmall/messaging';
import { mariadbDatabase } from './support/databases.js';
import { RABBITMQ_URL, rabbitmqAvailable } from './support/rabbitmq.js';

/**
 * A consumer killed (kill -9) in the middle of handling an event: the broker gives the message
 * to the next consumer, and the effect is applied exactly once, whether the kill came before the
 * handler's commit (the database rolls the open transaction back) or after it but before the
 * ack (the inbox absorbs the redelivery). The consumer is a separate process on the built code.
 */
const database = (await rabbitmqAvailable('the consumer-crash tests'))
  ? await mariadbDatabase('nestmall_consumer_crash')
  : null;
const childScript = join(import.meta.dirname, 'support/consumer-child.mjs');

/** A consumer (or, in a relay mode, an outbox relay) in a child process. */
class Consumer {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;

  constructor(mode: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [childScript], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', CHILD_MODE: mode, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    this.child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      this.lines.push(...parts);
    });
    this.child.stderr!.on('data', (chunk) => this.lines.push(`stderr: ${chunk}`));
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.lines.find((l) => pattern.test(l));
      if (line) return line;
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no line matching ${pattern}; output:\n${this.lines.join('\n')}`);
  }

  /** The last counters it printed. */
  stats(): Record<string, number> {
    const last = [...this.lines].reverse().find((l) => l.startsWith('STATS '));
    return last ? JSON.parse(last.slice(6)) : {};
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGKILL');
    await exited;
  }
}

if (!database) {
  it.skip('consumer killed mid-handling: no RabbitMQ or MariaDB, see the warning above', () =>
    undefined);
} else {
  describe('a consumer killed in the middle of handling', () => {
    const prefix = `nestmall-e2e-${randomBytes(4).toString('hex')}`;
    const env = { DATABASE_URL: database.url, RABBITMQ_URL, RABBITMQ_PREFIX: prefix };
    let publisher: RabbitMqEventBus;
    const consumers: Consumer[] = [];
    const start = async (mode: string) => {
      const consumer = new Consumer(mode, env);
      consumers.push(consumer);
      await consumer.waitFor(/^READY$/, 30_000);
      return consumer;
    };
    const effects = async (eventId: string) =>
      Number(
        (
          await database.query<{ n: number }>(
            'SELECT COUNT(*) AS n FROM effects WHERE event_id = ?',
            [eventId],
          )
        )[0].n,
      );

    beforeAll(async () => {
      await database.execute(
        'CREATE TABLE effects (id INT AUTO_INCREMENT PRIMARY KEY, event_id VARCHAR(36) NOT NULL)',
      );
      publisher = new RabbitMqEventBus(
        { url: RABBITMQ_URL, prefix, maxAttempts: 5, prefetch: 1 },
        null,
      );
      await publisher.ready();
    });

    afterAll(async () => {
      await Promise.all(consumers.map((c) => c.kill()));
      await publisher?.onApplicationShutdown();
      await deleteBrokerObjects(RABBITMQ_URL, prefix, ['effects']);
      await database.drop();
    });

    it('before its commit: the transaction is rolled back and the next consumer applies it once', async () => {
      const first = await start('slow');
      const event = newEvent('Effect', { n: 1 });
      await publisher.publish(event);
      await first.waitFor(new RegExp(`^HANDLING ${event.id}$`));
      await first.kill();
      expect(await effects(event.id)).toBe(0); // killed inside the open transaction

      const next = await start('normal');
      const deadline = Date.now() + 20_000;
      while ((await effects(event.id)) === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(await effects(event.id)).toBe(1);
      await next.kill();
    }, 60_000);

    it('a relay killed between the confirm and its mark: the event goes out again, the inbox absorbs it', async () => {
      const consumer = await start('normal');
      const event = newEvent('Effect', { n: 3 });
      const unpublished = async () =>
        Number(
          (
            await database.query<{ n: number }>(
              'SELECT COUNT(*) AS n FROM messaging_outbox WHERE id = ? AND published_at_ms IS NULL',
              [event.id],
            )
          )[0].n,
        );
      // The relay child's migrations made the outbox; the event is written as Outbox.append would.
      const relay = await start('relay-block-after-publish');
      await database.execute(
        'INSERT INTO messaging_outbox (id, type, body, published_at_ms, attempts, next_attempt_at_ms, lease_until_ms, created_at_ms) VALUES (?, ?, ?, NULL, 0, 0, NULL, ?)',
        [event.id, event.type, JSON.stringify(event), Date.now()],
      );
      await relay.waitFor(new RegExp(`^PUBLISHED ${event.id}$`));
      await relay.kill();
      await consumer.waitFor(/"handled":1/);
      expect(await unpublished()).toBe(1); // out, confirmed, never marked

      const next = await start('relay'); // takes the row once the lease ran out
      await consumer.waitFor(/"duplicates":1/);
      await new Promise((r) => setTimeout(r, 300));
      expect(await effects(event.id)).toBe(1);
      expect(await unpublished()).toBe(0);
      expect(consumer.stats()).toMatchObject({ handled: 1, duplicates: 1 });
      console.log(
        `relay killed between confirm and mark: published again, consumer ${JSON.stringify(consumer.stats())}`,
      );
      await next.kill();
      await consumer.kill();
    }, 60_000);

    it('after its commit, before its ack: the redelivery is absorbed by the inbox', async () => {
      const first = await start('block-after-commit');
      const event = newEvent('Effect', { n: 2 });
      await publisher.publish(event);
      await first.waitFor(new RegExp(`^COMMITTED ${event.id}$`));
      await first.kill();
      expect(await effects(event.id)).toBe(1); // committed, never acked

      const next = await start('normal');
      await next.waitFor(/"duplicates":1/);
      await new Promise((r) => setTimeout(r, 300));
      expect(await effects(event.id)).toBe(1);
      expect(next.stats()).toMatchObject({ handled: 0, duplicates: 1 });
      console.log(
        `consumer killed after commit: redelivered and absorbed, next consumer ${JSON.stringify(next.stats())}`,
      );
      await next.kill();
    }, 60_000);
  });
}
