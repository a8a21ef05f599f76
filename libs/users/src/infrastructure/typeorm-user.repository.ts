import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import { IsNull, LessThan, Not, type Repository } from 'typeorm';
import type { ProfileChange } from '../domain/profile.js';
import { userNameKey, type User } from '../domain/user.js';
import {
  DuplicateUserNameError,
  UserRepository,
  type UserPage,
  type UserToCreate,
} from '../domain/user.repository.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class TypeOrmUserRepository extends UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly rows: Repository<UserEntity>) {
    super();
  }

  async findById(id: number): Promise<User | null> {
    return toUser(await this.rows.findOneBy({ id }));
  }

  async findByName(name: string): Promise<User | null> {
    return toUser(await this.rows.findOneBy({ nameKey: userNameKey(name) }));
  }

  async page(offset: number, limit: number): Promise<UserPage> {
    // Through the ambient manager: a replica's, when the caller reads from one (ListUsers).
    const repository = ambientManager(this.rows.manager.dataSource).getRepository(UserEntity);
    const [rows, total] = await repository.findAndCount({
      order: { id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { users: rows.map((row) => toUser(row)!), total };
  }

  async create(user: UserToCreate): Promise<User> {
    const now = new Date();
    try {
      // insert, not save: save opens a transaction of its own (see serializeSqliteAccess).
      const result = await this.rows.insert({
        ...user,
        nameKey: userNameKey(user.name),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      const id = Number(result.identifiers[0].id);
      const profile = { nickname: null, avatarUrl: null, email: null };
      return { id, ...user, ...profile, createdAt: now, updatedAt: now };
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateUserNameError(user.name);
      throw error;
    }
  }

  async replacePasswordHash(id: number, passwordHash: string): Promise<void> {
    await this.rows.update({ id }, { passwordHash });
  }

  async changePassword(id: number, passwordHash: string, now: Date): Promise<void> {
    await this.rows.update({ id }, { passwordHash, updatedAt: now });
  }

  async updateProfile(id: number, change: ProfileChange, now: Date): Promise<void> {
    await this.rows.update({ id }, { ...change, updatedAt: now });
  }

  async softDelete(id: number, now: Date): Promise<void> {
    await this.rows.update({ id, deletedAt: IsNull() }, { deletedAt: now });
  }

  async deletedBefore(cutoff: Date, limit: number): Promise<number[]> {
    const rows = await this.rows.find({
      where: { deletedAt: LessThan(cutoff), anonymisedAt: IsNull() },
      withDeleted: true,
      select: { id: true },
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  async anonymise(id: number, now: Date): Promise<void> {
    const name = `deleted_${id}`;
    await this.rows.update(
      { id, deletedAt: Not(IsNull()) },
      {
        name,
        nameKey: name,
        mobile: '',
        // Not a PHC string: no password ever verifies against it.
        passwordHash: '!',
        nickname: null,
        avatarUrl: null,
        email: null,
        anonymisedAt: now,
      },
    );
  }
}

/** A row as the domain sees it (null for none). */
export function toUser(row: UserEntity | null): User | null {
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    mobile: row.mobile,
    passwordHash: row.passwordHash,
    nickname: row.nickname ?? null,
    avatarUrl: row.avatarUrl ?? null,
    email: row.email ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
