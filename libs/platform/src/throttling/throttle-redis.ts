import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.schema.js';
import { FailOpen } from './fail-open.js';

/** The abuse limits' Redis connection: opened only with THROTTLE_STORE=redis, closed at shutdown. */
@Injectable()
export class ThrottleRedis implements OnApplicationShutdown {
  readonly client: Redis | null;
  /** `<REDIS_KEY_PREFIX>:throttle:`: the limits of deployments and test runs never meet. */
  readonly keyPrefix: string;
  readonly failOpen = new FailOpen(new Logger('Throttling'));

  constructor(config: ConfigService<AppConfig, true>) {
    this.keyPrefix = `${config.get('REDIS_KEY_PREFIX', { infer: true })}:throttle:`;
    this.client =
      config.get('THROTTLE_STORE', { infer: true }) === 'redis'
        ? new Redis(config.get('REDIS_URL', { infer: true }), {
            maxRetriesPerRequest: 1,
            commandTimeout: 500,
          })
        : null;
    // Connection errors surface as failed commands, which FailOpen reports.
    this.client?.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}
