import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { contextOfHeaders, inSpan, traceHeaders } from '@nestmall/platform';
import { SpanKind } from '@opentelemetry/api';
import { IsNull, LessThan, LessThanOrEqual, type DataSource } from 'typeorm';
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
  /** Aggregates relayed side by side (each one's events in order); 8 by default, 1 on SQLite. */
  concurrency?: number;
}

/**
 * Publishes what the outbox holds, oldest first, and marks a row published only after the bus
 * accepted it (a broker confirm). Events of one aggregate (an order) go out in order; different
 * aggregates go side by side (`concurrency`), so one relay keeps up with many request handlers.
 * While the broker is down events simply wait in the outbox; a failed publish is retried with
 * backoff. Leases let several relays share one outbox.
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
    const due = await repo.find({
      where: [
        { publishedAtMs: IsNull(), nextAttemptAtMs: LessThanOrEqual(now), leaseUntilMs: IsNull() },
        {
          publishedAtMs: IsNull(),
          nextAttemptAtMs: LessThanOrEqual(now),
          leaseUntilMs: LessThan(now),
        },
      ],
      order: { createdAtMs: 'ASC' },
      take: this.settings.batch,
    });
    this.lastDue = due.length;
    // One lane per aggregate (an order's gid), in outbox order; lanes run side by side.
    const lanes = new Map<string, { row: OutboxEntity; event: IntegrationEvent }[]>();
    for (const row of due) {
      const event = JSON.parse(row.body) as IntegrationEvent;
      const key = partitionOf(event);
      const lane = lanes.get(key);
      if (lane) lane.push({ row, event });
      else lanes.set(key, [{ row, event }]);
    }
    const waiting = [...lanes.values()];
    let published = 0;
    const worker = async () => {
      for (let lane = waiting.shift(); lane; lane = waiting.shift()) {
        const sent = await this.relayLane(lane, now); // (not `published += await`: a lost update)
        published += sent;
      }
    };
    // SQLite has one writer (and TypeORM one connection): lanes would only queue there.
    const sqlite = this.dataSource.options.type === 'better-sqlite3';
    const workers = Math.min(sqlite ? 1 : (this.settings.concurrency ?? 8), waiting.length);
    await Promise.all(Array.from({ length: workers }, worker));
    // A full batch went out: more may be waiting.
    if (published === this.settings.batch) this.again = true;
    return published;
  }

  /** Publishes one aggregate's events in order; stops at the first that cannot go out. */
  private async relayLane(
    lane: { row: OutboxEntity; event: IntegrationEvent }[],
    now: number,
  ): Promise<number> {
    const repo = this.dataSource.getRepository(OutboxEntity);
    let published = 0;
    for (const { row, event } of lane) {
      const lease = await repo
        .createQueryBuilder()
        .update()
        .set({ leaseUntilMs: now + this.settings.leaseMs })
        .where('id = :id AND published_at_ms IS NULL', { id: row.id })
        .andWhere('(lease_until_ms IS NULL OR lease_until_ms < :now)', { now })
        .execute();
      if ((lease.affected ?? 0) !== 1) continue;
      try {
        // A PRODUCER span in the trace that wrote the event (tracing on); the event goes out with
        // this span's context in its headers, the parent of the consumers' spans.
        await inSpan(
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
            const trace = traceHeaders();
            const sent = trace.traceparent
              ? { ...event, headers: { ...event.headers, ...trace } }
              : event;
            await this.bus.publish(sent);
            await repo.update({ id: row.id }, { publishedAtMs: Date.now(), leaseUntilMs: null });
          },
          contextOfHeaders(event.headers),
        );
        published++;
      } catch (error) {
        const attempts = Number(row.attempts) + 1;
        const next = Date.now() + Math.min(250 * 2 ** attempts, 30_000);
        await repo.update({ id: row.id }, { attempts, nextAttemptAtMs: next, leaseUntilMs: null });
        this.logger.warn(
          `event ${row.id} (${row.type}) not published, attempt ${attempts}: ${(error as Error).message}`,
        );
        break; // keep this aggregate's order: do not overtake an event that could not go out
      }
    }
    return published;
  }
}

/** Events of one aggregate (an order, by its gid or id) keep their order; others need not. */
function partitionOf(event: IntegrationEvent): string {
  const payload = (event.payload ?? {}) as { gid?: unknown; order_id?: unknown };
  if (typeof payload.gid === 'string') return `gid:${payload.gid}`;
  if (typeof payload.order_id === 'number' || typeof payload.order_id === 'string')
    return `order:${payload.order_id}`;
  return `event:${event.id}`;
}
