import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerModule } from './nestjs-throttler.js';
import type { AppConfig } from '../config/config.schema.js';
import { ACCOUNT_THROTTLER, ADDRESS_THROTTLER } from './auth-attempts.guard.js';
import { FailureBackoff, MemoryFailureBackoff } from './failure-backoff.js';
import { RedisFailureBackoff } from './redis-failure-backoff.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { ThrottleRedis } from './throttle-redis.js';

const MINUTE_MS = 60_000;
/** Registrations of one user name: a few tries, then ten minutes off. */
const REGISTRATIONS_PER_NAME = 5;

@Module({ providers: [ThrottleRedis], exports: [ThrottleRedis] })
class ThrottleRedisModule {}

function throttlerOptions(
  config: ConfigService<AppConfig, true>,
  redis: ThrottleRedis,
): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        name: ADDRESS_THROTTLER,
        limit: config.get('AUTH_ATTEMPTS_PER_MINUTE', { infer: true }),
        ttl: MINUTE_MS,
        blockDuration: MINUTE_MS,
      },
      {
        name: ACCOUNT_THROTTLER,
        limit: REGISTRATIONS_PER_NAME,
        ttl: 10 * MINUTE_MS,
        blockDuration: 10 * MINUTE_MS,
        getTracker: (req) => accountOf(req) ?? `address:${req.ip}`,
      },
    ],
    setHeaders: false,
    storage: redis.client
      ? new RedisThrottlerStorage(redis.client, redis.keyPrefix, redis.failOpen)
      : undefined,
  };
}

/** The account a body names, spelled as the users context compares names. */
function accountOf(req: Record<string, unknown>): string | undefined {
  const name = (req.body as { user_name?: unknown } | undefined)?.user_name;
  return typeof name === 'string' ? `account:${name.trim().toLowerCase()}` : undefined;
}

/**
 * The abuse limits of log-in and registration: @nestjs/throttler per client address (and per
 * user name for registration) at the REST edge, FailureBackoff per account in the log-in use
 * case. Counts live in this process, or in Redis with THROTTLE_STORE=redis (shared by the
 * gateway's and the user-service's replicas).
 */
@Global()
@Module({
  imports: [
    ThrottleRedisModule,
    ThrottlerModule.forRootAsync({
      imports: [ThrottleRedisModule],
      inject: [ConfigService, ThrottleRedis],
      useFactory: throttlerOptions,
    }),
  ],
  providers: [
    {
      provide: FailureBackoff,
      inject: [ConfigService, ThrottleRedis],
      useFactory: (config: ConfigService<AppConfig, true>, redis: ThrottleRedis) => {
        const policy = {
          failuresBeforeBackoff: config.get('LOGIN_FAILURES_BEFORE_BACKOFF', { infer: true }),
          maxWaitSeconds: config.get('LOGIN_BACKOFF_MAX_SECONDS', { infer: true }),
        };
        return redis.client
          ? new RedisFailureBackoff(
              redis.client,
              `${redis.keyPrefix}login:`,
              policy,
              redis.failOpen,
            )
          : new MemoryFailureBackoff(policy);
      },
    },
  ],
  exports: [FailureBackoff],
})
export class ThrottlingModule {}
