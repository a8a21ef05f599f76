import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, UnitOfWork } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import type { User } from '../domain/user.js';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { toUser } from './typeorm-user.repository.js';
import { UserEntity } from './user.entity.js';

/** Joins the caller's unit of work (ambientManager); a password reset is one of its own. */
@Injectable()
export class TypeOrmUserMobileRepository extends UserMobileRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findByMobile(mobile: string): Promise<User[]> {
    const rows = await ambientManager(this.dataSource).find(UserEntity, {
      where: { mobile },
      order: { id: 'ASC' },
    });
    return rows.map((row) => toUser(row)!);
  }

  async changeMobile(id: number, mobile: string): Promise<void> {
    await ambientManager(this.dataSource).update(
      UserEntity,
      { id },
      { mobile, updatedAt: new Date() },
    );
  }

  async resetPassword(id: number, passwordHash: string): Promise<void> {
    await this.unitOfWork.run(async () => {
      const manager = ambientManager(this.dataSource);
      await manager.update(UserEntity, { id }, { passwordHash, updatedAt: new Date() });
      await manager.update(RefreshTokenEntity, { userId: id, revoked: false }, { revoked: true });
    });
  }
}
