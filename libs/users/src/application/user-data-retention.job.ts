import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@nestmall/ports/platform';
import type { UsersConfig } from '../users.config.js';
import { AnonymiseDeletedUsers } from './anonymise-deleted-users.js';

/** Runs AnonymiseDeletedUsers every USER_ANONYMISE_INTERVAL_MS (0: never here), one pass at a time. */
@Injectable()
export class UserDataRetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UserDataRetention');
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly anonymise: AnonymiseDeletedUsers,
    config: ConfigService<AppConfig & UsersConfig, true>,
  ) {
    // BACKGROUND_JOBS=off: another process of the shop runs the passes.
    this.intervalMs =
      config.get('BACKGROUND_JOBS', { infer: true }) === 'on'
        ? config.get('USER_ANONYMISE_INTERVAL_MS', { infer: true })
        : 0;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.anonymise
        .execute()
        .then((n) => {
          if (n > 0) this.logger.log(`anonymised ${n} deleted account(s)`);
        })
        .catch((error) => this.logger.warn(`anonymisation failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
