import { randomUUID } from 'node:crypto';
import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { contextOfHeaders, inSpan, traceHeaders } from '@nestmall/platform';
import { SpanKind } from '@opentelemetry/api';
import { In, IsNull, LessThanOrEqual, type DataSource } from 'typeorm';
import { OutboxEntity } from './entities.js';
import type { EventBus } from './event-bus.js';
import type { IntegrationEvent } from './integration-event.js';

export interface RelaySettings {
  intervalMs: number;
  /**
   * The longest wait between polls while the outbox has nothing due: each empty poll doubles
   * the wait from `intervalMs` up to this; a nudge (an outbox write committed here) or a poll
   * that found something goes back to `intervalMs`. Equal to `intervalMs` (the default): no
   * back-off.
   */
  idleMs?: number;
  batch: number;
  leaseMs: number;
  /**
   * Publishes in flight at once (each aggregate's events still one after another); by default
   * what the bus says it takes (`EventBus.publishesInFlight`), 1 on SQLite.
   */
  concurrency?: number;
}

/**
 * Publishes what the outbox holds, oldest first, a batch a pass, and marks a row published only
 * after the bus accepted it (a broker confirm). A pass costs three statements whatever its size:
 * a SELECT of the outbox's head, an UPDATE that leases the batch (a token per pass says which
 * rows it got, so several relays share one outbox), and an UPDATE that marks what went out.
 * The batch goes out in waves: the first event of every aggregate (an order) with their confirms
 * in flight together, then the second of each, and so on, so one aggregate's events go out in
 * order while different aggregates go side by side. An aggregate stops at an event that another
 * relay holds, and for this pass at one that could not go out (it waits with backoff; its
 * aggregate's later events are released for the next pass: an event no queue is bound for must
 * not hold back the ones that have consumers). While the broker is down events wait in the outbox.
 */
export class OutboxRelay
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = false;
  /** Polling (bootstrapped); the wait before the next poll. */
  private polling = false;
  private waitMs: number;
  /** Rows the last pass found due (published or not). */
  private lastDue = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly settings: RelaySettings,
  ) {
    this.waitMs = settings.intervalMs;
    // A handler that committed may have written events (a reply, say): relay them at once.
    bus.onHandled(() => this.nudge());
  }

  onApplicationBootstrap(): void {
    this.polling = true;
    this.schedule();
  }

  /** Stops before any module closes the database or the broker connection. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** The next poll, `waitMs` from now (replacing one already planned). */
  private schedule(): void {
    if (!this.polling || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), this.waitMs);
  }

  /** After a pass: back to the interval if it found something, else a longer wait (idle). */
  private passed(): void {
    const { intervalMs, idleMs = intervalMs } = this.settings;
    this.waitMs =
      this.lastDue > 0 ? intervalMs : Math.min(this.waitMs * 2, Math.max(idleMs, intervalMs));
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.beforeApplicationShutdown();
  }

  /** One pass now (also what tests call); resolves with how many events were published. */
  tick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.running ??= this.relayOnce()
      .catch((error: unknown) => {
        this.logger.warn(`relay pass failed: ${(error as Error).message}`);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          void this.tick();
        } else this.passed();
      });
    return this.running;
  }

  /**
   * Something was just written to the outbox (and committed): relay it now rather than at the
   * next interval. During a pass, another pass follows it.
   */
  nudge(): void {
    this.waitMs = this.settings.intervalMs;
    if (this.running) this.again = true;
    else void this.tick();
  }

  private async relayOnce(): Promise<number> {
    const now = Date.now();
    const repo = this.dataSource.getRepository(OutboxEntity);
    // The head of the outbox, due, leased or not: a row another relay holds blocks the later
    // events of its aggregate.
    const head = await repo.find({
      where: { publishedAtMs: IsNull(), nextAttemptAtMs: LessThanOrEqual(now) },
      order: { createdAtMs: 'ASC', position: 'ASC' },
      take: this.settings.batch,
    });
    this.lastDue = head.length;
    if (head.length === 0) return 0;
    // An aggregate with an event another relay holds waits for it.
    const blocked = new Set<string>();
    const candidates: (Item & { key: string })[] = [];
    for (const row of head) {
      const event = parse(row);
      const key = partitionOf(event);
      if (blocked.has(key)) continue;
      if (row.leaseUntilMs !== null && Number(row.leaseUntilMs) >= now) blocked.add(key);
      else candidates.push({ row, event, key });
    }
    if (candidates.length === 0) return 0;
    const mine = await this.lease(
      candidates.map(({ row }) => row),
      now,
    );
    // One lane per aggregate, in outbox order, up to its first row this pass does not hold (one
    // another relay leased between the SELECT and the lease): the rest of that lane is released.
    const lanes = new Map<string, Item[]>();
    const lost = new Set<string>();
    const released: string[] = [];
    for (const { row, event, key } of candidates) {
      if (lost.has(key) || !mine.has(row.id)) {
        lost.add(key);
        if (mine.has(row.id)) released.push(row.id);
        continue;
      }
      const lane = lanes.get(key);
      if (lane) lane.push({ row, event });
      else lanes.set(key, [{ row, event }]);
    }
    const outcome = await this.publishInWaves([...lanes.values()]);
    await this.settle(outcome, released);
    // A full batch went out: more may be waiting.
    if (head.length === this.settings.batch && outcome.published.length > 0) this.again = true;
    return outcome.published.length;
  }

  /** Leases `rows` to this pass with one UPDATE; returns the ids it got. */
  private async lease(rows: OutboxEntity[], now: number): Promise<Set<string>> {
    const token = randomUUID();
    const ids = rows.map((row) => row.id);
    const leased = await this.dataSource
      .getRepository(OutboxEntity)
      .createQueryBuilder()
      .update()
      .set({ leaseUntilMs: now + this.settings.leaseMs, leaseToken: token })
      .where({ id: In(ids) })
      .andWhere('published_at_ms IS NULL')
      .andWhere('(lease_until_ms IS NULL OR lease_until_ms < :now)', { now })
      .execute();
    if ((leased.affected ?? 0) === ids.length) return new Set(ids);
    // Another relay took some of them meanwhile: ask which are ours.
    const ours = await this.dataSource
      .getRepository(OutboxEntity)
      .find({ select: { id: true }, where: { leaseToken: token, publishedAtMs: IsNull() } });
    return new Set(ours.map((row) => row.id));
  }

  /**
   * Publishes the lanes' events in waves (every lane's next event, confirms in flight together,
   * at most `concurrency` at once); a lane whose event failed stops there for this pass.
   */
  private async publishInWaves(lanes: Item[][]): Promise<Outcome> {
    const outcome: Outcome = { published: [], failed: [], unsent: [] };
    const sqlite = this.dataSource.options.type === 'better-sqlite3';
    const limit = Math.max(
      1,
      sqlite ? 1 : (this.settings.concurrency ?? this.bus.publishesInFlight),
    );
    let wave = lanes;
    while (wave.length > 0) {
      const tasks = wave.map(
        ([first]) =>
          () =>
            this.publishOne(first.event),
      );
      const results = await settleAll(tasks, limit);
      const next: Item[][] = [];
      results.forEach((result, i) => {
        const [first, ...rest] = wave[i];
        if (result.ok) {
          outcome.published.push(first.row.id);
          if (rest.length > 0) next.push(rest);
        } else {
          outcome.failed.push({ row: first.row, error: result.error });
          for (const { row } of rest) outcome.unsent.push(row.id);
        }
      });
      wave = next;
    }
    return outcome;
  }

  /** One event to the bus, in a PRODUCER span of the trace that wrote it (tracing on). */
  private publishOne(event: IntegrationEvent): Promise<void> {
    return inSpan(
      `${event.type} publish`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.operation.type': 'send',
          'messaging.destination.name': event.type,
          'messaging.message.id': event.id,
        },
      },
      async () => {
        // The event goes out with this span's context in its headers: the consumers' parent.
        const trace = traceHeaders();
        await this.bus.publish(
          trace.traceparent ? { ...event, headers: { ...event.headers, ...trace } } : event,
        );
      },
      contextOfHeaders(event.headers),
    );
  }

  /**
   * Records what the pass did: what went out is marked published (one UPDATE), a failed event
   * waits with backoff (one UPDATE per attempt count), rows this pass leased but did not send
   * (behind a failed event, or behind one another relay took) are released.
   */
  private async settle(outcome: Outcome, released: string[]): Promise<void> {
    const repo = this.dataSource.getRepository(OutboxEntity);
    const unleased = { leaseUntilMs: null, leaseToken: null };
    if (outcome.published.length > 0)
      await repo.update({ id: In(outcome.published) }, { publishedAtMs: Date.now(), ...unleased });
    const unsent = [...released, ...outcome.unsent];
    if (unsent.length > 0) await repo.update({ id: In(unsent) }, unleased);
    if (outcome.failed.length === 0) return;
    const now = Date.now();
    for (const [attempts, rows] of groupBy(outcome.failed, ({ row }) => Number(row.attempts) + 1))
      await repo.update(
        { id: In(rows.map(({ row }) => row.id)) },
        { attempts, nextAttemptAtMs: now + Math.min(250 * 2 ** attempts, 30_000), ...unleased },
      );
    const [first] = outcome.failed;
    this.logger.warn(
      `${outcome.failed.length} event(s) not published; first ${first.row.id} (${first.row.type}), ` +
        `attempt ${Number(first.row.attempts) + 1}: ${errorMessage(first.error)}`,
    );
  }
}

function parse(row: OutboxEntity): IntegrationEvent {
  return JSON.parse(row.body) as IntegrationEvent;
}

interface Item {
  row: OutboxEntity;
  event: IntegrationEvent;
}

interface Outcome {
  published: string[];
  failed: { row: OutboxEntity; error: unknown }[];
  /** Later events of an aggregate whose event failed: released for the next pass. */
  unsent: string[];
}

type Settled = { ok: true } | { ok: false; error: unknown };

/** Runs `tasks` at most `limit` at a time; each one's outcome, in order. */
async function settleAll(tasks: (() => Promise<void>)[], limit: number): Promise<Settled[]> {
  const results: Settled[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < tasks.length; i = next++) {
      try {
        await tasks[i]();
        results[i] = { ok: true };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Events of one aggregate (an order, by its gid or id) keep their order; others need not. */
function partitionOf(event: IntegrationEvent): string {
  const payload = (event.payload ?? {}) as { gid?: unknown; order_id?: unknown };
  if (typeof payload.gid === 'string') return `gid:${payload.gid}`;
  if (typeof payload.order_id === 'number' || typeof payload.order_id === 'string')
    return `order:${payload.order_id}`;
  return `event:${event.id}`;
}
