import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Cache } from '@nestmall/cache';
import { isUniqueViolation, type AppConfig } from '@nestmall/platform';
import type { Repository } from 'typeorm';
import { userViewKey } from '../application/user-cache-keys.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { userNameKey } from '../domain/user.js';
import { UserEntity } from './user.entity.js';

/** The course's demo users: test1..test15, ids 1..15, password 123456, mobile 13800138000. */
export const DEMO_USERS = Array.from({ length: 15 }, (_, i) => ({
  id: i + 1,
  name: `test${i + 1}`,
  mobile: '13800138000',
}));
export const DEMO_PASSWORD = '123456';

/** Seeds an empty ts_user table at start (SEED_DEMO_DATA=true, the default). */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsersSeeder');

  constructor(
    @InjectRepository(UserEntity) private readonly rows: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly cache: Cache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO_DATA', { infer: true })) return;
    if ((await this.rows.count({ withDeleted: true })) > 0) return;
    const now = new Date();
    const entities = await Promise.all(
      DEMO_USERS.map(async (u) =>
        this.rows.create({
          ...u,
          nameKey: userNameKey(u.name),
          passwordHash: await this.hasher.hash(DEMO_PASSWORD),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }),
      ),
    );
    try {
      await this.rows.insert(entities);
      // A shared cache may still hold the views of an earlier database of the same name.
      await this.cache.invalidate(...DEMO_USERS.map((u) => userViewKey(u.id)));
      this.logger.log(`seeded ${entities.length} demo users (test1..test15)`);
    } catch (error) {
      // Another replica seeded the same rows first: that is the outcome we wanted.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
