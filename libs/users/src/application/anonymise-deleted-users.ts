import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UnitOfWork } from '@nestmall/ports/platform';
import { AddressBookRepository } from '../domain/address-book.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import type { UsersConfig } from '../users.config.js';

const DAY_MS = 86_400_000;
const BATCH = 100;

/**
 * Erases the personal data of accounts deleted more than USER_DATA_RETENTION_DAYS ago: name,
 * mobile, password hash, profile and addresses. The user id stays, so their orders (kept for
 * the books) still name a user. Idempotent: any replica may run it.
 */
@Injectable()
export class AnonymiseDeletedUsers {
  private readonly retentionMs: number;

  constructor(
    private readonly users: UserRepository,
    private readonly addresses: AddressBookRepository,
    private readonly unitOfWork: UnitOfWork,
    config: ConfigService<UsersConfig, true>,
  ) {
    this.retentionMs = config.get('USER_DATA_RETENTION_DAYS', { infer: true }) * DAY_MS;
  }

  /** @returns how many accounts it anonymised */
  async execute(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionMs);
    let done = 0;
    for (;;) {
      const ids = await this.users.deletedBefore(cutoff, BATCH);
      for (const id of ids) {
        await this.unitOfWork.run(async () => {
          await this.users.anonymise(id, now);
          await this.addresses.removeAll(id);
        });
      }
      done += ids.length;
      if (ids.length < BATCH) return done;
    }
  }
}
