import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** user_refresh_token: one row per refresh token issued, by its SHA-256 (hex). */
@Entity({ name: 'user_refresh_token' })
@Index('IX_user_refresh_token_session', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'expires_at_ms', type: 'bigint' })
  expiresAtMs: string | number;

  @Column({ name: 'used_at_ms', type: 'bigint', nullable: true })
  usedAtMs: string | number | null;

  @Column({ name: 'revoked', type: 'boolean', default: false })
  revoked: boolean;
}
