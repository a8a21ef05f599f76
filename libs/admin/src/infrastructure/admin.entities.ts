import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Staff accounts: the back office's, apart from the buyers' ts_user. */
@Entity({ name: 'admin_staff' })
export class StaffEntity {
  @PrimaryGeneratedColumn({ name: 'staff_id', type: 'int' })
  id: number;

  /** Lower case (normalizeEmail): unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  role: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** UTC milliseconds. */
  @Column({ name: 'created_at_ms', type: 'bigint' })
  createdAtMs: number;

  @Column({ type: 'int' })
  version: number;
}

/** The audit log: one row per admin change, append-only. */
@Entity({ name: 'admin_audit' })
export class AuditEntity {
  @PrimaryGeneratedColumn({ name: 'audit_id', type: 'int' })
  id: number;

  @Column({ name: 'actor_id', type: 'int' })
  actorId: number;

  @Column({ name: 'actor_email', type: 'varchar', length: 254 })
  actorEmail: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson: string | null;

  /** UTC milliseconds. */
  @Column({ name: 'at_ms', type: 'bigint' })
  atMs: number;
}
