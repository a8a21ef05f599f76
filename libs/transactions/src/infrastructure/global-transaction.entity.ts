import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The coordinator's record of one global transaction. Times are epoch milliseconds (UTC). */
@Entity({ name: 'tcc_global_tx' })
@Index('IDX_tcc_global_tx_due', ['finished', 'nextAttemptAtMs'])
export class GlobalTransactionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gid: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** 0 while TRYING/CONFIRMING/CANCELLING, 1 once CONFIRMED/CANCELLED (indexed for the worker). */
  @Column({ type: 'smallint' })
  finished: number;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'smallint' })
  flagged: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'lease_until_ms', type: 'bigint', nullable: true })
  leaseUntilMs: number | null;

  @Column({ name: 'next_attempt_at_ms', type: 'bigint' })
  nextAttemptAtMs: number;

  @Column({ name: 'created_at_ms', type: 'bigint' })
  createdAtMs: number;

  @Column({ name: 'updated_at_ms', type: 'bigint' })
  updatedAtMs: number;
}

/** One branch of a global transaction, as the coordinator last saw it. */
@Entity({ name: 'tcc_branch' })
export class BranchEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gid: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  branch: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'updated_at_ms', type: 'bigint' })
  updatedAtMs: number;
}
