import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import {
  RefreshTokenRepository,
  type RefreshTokenRecord,
} from '../domain/refresh-token.repository.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

@Injectable()
export class TypeOrmRefreshTokenRepository extends RefreshTokenRepository {
  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly rows: Repository<RefreshTokenEntity>,
  ) {
    super();
  }

  async add(record: Omit<RefreshTokenRecord, 'usedAtMs' | 'revoked'>): Promise<void> {
    await this.rows.insert({ ...record, usedAtMs: null, revoked: false });
  }

  async findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const row = await this.rows.findOneBy({ tokenHash });
    if (!row) return null;
    return {
      tokenHash: row.tokenHash,
      userId: row.userId,
      sessionId: row.sessionId,
      expiresAtMs: Number(row.expiresAtMs),
      usedAtMs: row.usedAtMs === null ? null : Number(row.usedAtMs),
      revoked: Boolean(row.revoked),
    };
  }

  async markUsed(tokenHash: string, nowMs: number): Promise<boolean> {
    // One guarded UPDATE: of two concurrent exchanges of one token, one changes the row.
    const result = await this.rows.update({ tokenHash, usedAtMs: IsNull() }, { usedAtMs: nowMs });
    return result.affected === 1;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.rows.update({ sessionId }, { revoked: true });
  }

  async revokeUserSessions(userId: number, keepSessionId?: string): Promise<void> {
    const where = keepSessionId ? { userId, sessionId: Not(keepSessionId) } : { userId };
    await this.rows.update(where, { revoked: true });
  }

  async isSessionLive(sessionId: string): Promise<boolean> {
    const [exists, revoked] = await Promise.all([
      this.rows.existsBy({ sessionId }),
      this.rows.existsBy({ sessionId, revoked: true }),
    ]);
    return exists && !revoked;
  }
}
