import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.schema.js';
import { AccessTokenRevocations } from './access-token-revocations.js';
import { ActiveSessions } from './active-sessions.js';

interface PendingRevocation {
  acks: number;
  /** PUBLISH's answer: how many processes got it (unknown until it returns). */
  receivers?: number;
  done: () => void;
}

/**
 * AUTH_REVOCATIONS=redis (every app of the split topology): every verifier subscribes to
 * `<REDIS_KEY_PREFIX>:auth:revoked` on REDIS_URL. A revocation is published there; each process
 * forgets the user and acknowledges on `...:auth:revoked:acks`, and `revokeUser` resolves when as
 * many acknowledgements came back as PUBLISH counted receivers, so the request that revoked
 * answers only once every verifier applied it. Should one die or Redis fail meanwhile, it resolves
 * after AUTH_USER_CACHE_MS, when every answer kept before the change has expired anyway. A process
 * whose subscription is down keeps no answers (ActiveSessions), so it misses nothing.
 */
@Injectable()
export class RedisAccessTokenRevocations
  extends AccessTokenRevocations
  implements OnModuleInit, OnApplicationShutdown
{
  private readonly logger = new Logger('AccessTokenRevocations');
  private readonly url: string;
  private readonly channel: string;
  private readonly ackChannel: string;
  private readonly fallbackMs: number;
  private readonly pending = new Map<string, PendingRevocation>();
  private subscriber?: Redis;
  private publisher?: Redis;
  private lastError = '';

  constructor(
    private readonly sessions: ActiveSessions,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.url = config.get('REDIS_URL', { infer: true });
    this.channel = `${config.get('REDIS_KEY_PREFIX', { infer: true })}:auth:revoked`;
    this.ackChannel = `${this.channel}:acks`;
    this.fallbackMs = config.get('AUTH_USER_CACHE_MS', { infer: true });
  }

  onModuleInit(): void {
    // Not listening until subscribed: nothing is kept meanwhile (and the app starts without Redis).
    this.sessions.setListening(false);
    const options = { maxRetriesPerRequest: 1, commandTimeout: 1000, autoResubscribe: false };
    this.publisher = new Redis(this.url, options);
    this.subscriber = new Redis(this.url, options);
    for (const client of [this.publisher, this.subscriber]) client.on('error', this.warn);
    this.subscriber.on('ready', () => {
      this.subscriber!.subscribe(this.channel, this.ackChannel).then(
        () => this.sessions.setListening(true),
        this.warn,
      );
    });
    this.subscriber.on('close', () => this.sessions.setListening(false));
    this.subscriber.on('message', (channel: string, message: string) =>
      channel === this.ackChannel ? this.acknowledged(message) : this.revoked(message),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.subscriber, this.publisher])
      await client?.quit().catch(() => client.disconnect());
  }

  async revokeUser(userId: number): Promise<void> {
    this.sessions.forgetUser(userId);
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const applied = new Promise<void>((resolve) => {
      this.pending.set(id, { acks: 0, done: resolve });
      timer = setTimeout(resolve, this.fallbackMs);
    });
    try {
      const receivers = await this.publisher!.publish(this.channel, JSON.stringify({ id, userId }));
      const pending = this.pending.get(id);
      if (pending) {
        pending.receivers = receivers;
        if (pending.acks >= receivers) pending.done();
      }
      await applied;
    } catch (error) {
      this.warn(error as Error);
      await applied; // the fallback: every answer kept before the change has expired by then
    } finally {
      clearTimeout(timer);
      this.pending.delete(id);
    }
  }

  private revoked(message: string): void {
    let revocation: { id?: unknown; userId?: unknown };
    try {
      revocation = JSON.parse(message) as typeof revocation;
    } catch {
      return;
    }
    if (typeof revocation.id !== 'string' || !Number.isSafeInteger(revocation.userId)) return;
    this.sessions.forgetUser(revocation.userId as number);
    this.publisher!.publish(this.ackChannel, revocation.id).catch(this.warn);
  }

  private acknowledged(id: string): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    pending.acks++;
    if (pending.receivers !== undefined && pending.acks >= pending.receivers) pending.done();
  }

  /** Once per distinct error, not once per reconnection attempt. */
  private readonly warn = (error: Error): void => {
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`access token revocations over Redis: ${error.message}`);
  };
}
