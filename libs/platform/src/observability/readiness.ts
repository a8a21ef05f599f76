import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';

/** Resolves when the dependency answers, rejects (with the reason) when it does not. */
export type ReadinessProbe = () => Promise<unknown>;

export interface ReadinessReport {
  ready: boolean;
  /**
   * Each check by name: up, or down with the reason; `degraded` for a dependency the app works
   * without (a fail-open cache), which is reported but keeps the app ready.
   */
  checks: Record<string, { status: 'up' | 'down'; reason?: string; degraded?: true }>;
}

export interface ProbeOptions {
  /** false: the app still works without it (it fails open); shown, never fails readiness. */
  critical?: boolean;
}

export interface ReadinessOptions {
  /** How long one probe may take before it counts as down. */
  probeTimeoutMs: number;
  /** How often the gRPC health service's status is refreshed from the probes. */
  intervalMs: number;
  /** SHUTDOWN_GRACE_MS: after SIGTERM, the time in-flight work gets before the process exits. */
  shutdownGraceMs: number;
}

/**
 * Whether this app can do its work now: the probes its modules added (its database, RabbitMQ,
 * Redis, the gRPC services it calls), each bounded by a timeout. GET /health/ready and the gRPC
 * health service (grpc.health.v1) both answer from here. On shutdown it turns not-ready first,
 * before the servers stop accepting, and bounds the whole shutdown by SHUTDOWN_GRACE_MS.
 */
export class Readiness
  implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown
{
  private readonly logger = new Logger('Readiness');
  private readonly probes = new Map<string, { probe: ReadinessProbe; critical: boolean }>();
  private readonly listeners: ((ready: boolean) => void)[] = [];
  private readonly stoppingListeners: (() => void)[] = [];
  private timer?: NodeJS.Timeout;
  private last?: boolean;
  private stopping = false;

  constructor(private readonly options: ReadinessOptions) {}

  /** Adds a probe: what a module that needs a dependency calls (a second one under a name replaces it). */
  add(name: string, probe: ReadinessProbe, options: ProbeOptions = {}): void {
    this.probes.set(name, { probe, critical: options.critical ?? true });
  }

  get names(): string[] {
    return [...this.probes.keys()];
  }

  /** True once shutdown began: the app finishes what it has and takes nothing new. */
  get shuttingDown(): boolean {
    return this.stopping;
  }

  /** Calls `listener` with each change of readiness (the gRPC health service listens). */
  onChange(listener: (ready: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** Calls `listener` once shutdown begins (before the servers close). */
  onStopping(listener: () => void): void {
    this.stoppingListeners.push(listener);
  }

  async check(): Promise<ReadinessReport> {
    type Check = ReadinessReport['checks'][string];
    const entries = await Promise.all(
      [...this.probes].map(async ([name, { probe, critical }]): Promise<[string, Check]> => {
        try {
          await withTimeout(probe(), this.options.probeTimeoutMs);
          return [name, { status: 'up' }];
        } catch (error) {
          const reason = reasonOf(error);
          return [
            name,
            critical ? { status: 'down', reason } : { status: 'up', degraded: true, reason },
          ];
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    if (this.stopping) checks.shutdown = { status: 'down', reason: 'shutting down' };
    const ready = Object.values(checks).every((c) => c.status === 'up');
    this.publish(ready);
    return { ready, checks };
  }

  onApplicationBootstrap(): void {
    const refresh = () => {
      this.check()
        .catch(() => undefined)
        .finally(() => {
          if (!this.stopping) this.timer = setTimeout(refresh, this.options.intervalMs).unref();
        });
    };
    // Not at once: the first probes would connect to every service before the banner is out.
    this.timer = setTimeout(refresh, this.options.intervalMs).unref();
  }

  /**
   * The first shutdown hook Nest calls (SIGTERM): not ready from now on, then the servers close
   * (HTTP and gRPC finish their in-flight calls), the consumers, relay and recovery worker stop.
   * Whatever is still running when the grace period ends is cut short by exiting.
   */
  onModuleDestroy(): void {
    if (this.stopping) return;
    this.stopping = true;
    clearTimeout(this.timer);
    this.publish(false);
    for (const listener of this.stoppingListeners) listener();
  }

  /** On a signal only (a test's app.close() is not cut short): the grace period's end exits. */
  beforeApplicationShutdown(signal?: string): void {
    if (!signal) return;
    this.logger.log(
      `${signal}: not ready; finishing in-flight work (at most ${this.options.shutdownGraceMs} ms)`,
    );
    setTimeout(() => {
      this.logger.warn(
        `shutdown took longer than SHUTDOWN_GRACE_MS (${this.options.shutdownGraceMs} ms): exiting`,
      );
      process.exit(1);
    }, this.options.shutdownGraceMs).unref();
  }

  private publish(ready: boolean): void {
    const now = ready && !this.stopping;
    if (now === this.last) return;
    this.last = now;
    for (const listener of this.listeners) listener(now);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 200);
}
