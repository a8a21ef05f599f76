import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
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
    config: ConfigService<UsersConfig, true>,
  ) {
    this.intervalMs = config.get('USER_ANONYMISE_INTERVAL_MS', { infer: true });
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
