import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ambientManager, TypeOrmUnitOfWork } from '@nestmall/platform';
import { IsNull, LessThan, LessThanOrEqual, type Repository } from 'typeorm';
import {
  GlobalTransactionRepository,
  type NewGlobalTransaction,
} from '../application/global-transaction.repository.js';
import {
  FINAL_STATUSES,
  type BranchStatus,
  type GlobalStatus,
  type GlobalTransaction,
} from '../domain/global-transaction.js';
import { BranchEntity, GlobalTransactionEntity } from './global-transaction.entity.js';

/** What the branches' records say once the global transaction reaches a status. */
const BRANCH_STATUS_AFTER: Partial<Record<GlobalStatus, BranchStatus>> = {
  CONFIRMING: 'TRIED',
  CONFIRMED: 'CONFIRMED',
  CANCELLED: 'CANCELLED',
};

@Injectable()
export class TypeOrmGlobalTransactionRepository extends GlobalTransactionRepository {
  constructor(
    @InjectRepository(GlobalTransactionEntity)
    private readonly txs: Repository<GlobalTransactionEntity>,
    @InjectRepository(BranchEntity) private readonly branches: Repository<BranchEntity>,
  ) {
    super();
  }

  async begin(tx: NewGlobalTransaction): Promise<void> {
    const now = Date.now();
    const decided = tx.status === 'CONFIRMED';
    const unitOfWork = new TypeOrmUnitOfWork(this.txs.manager.connection);
    await unitOfWork.run(async () => {
      const manager = ambientManager(this.txs.manager.connection);
      await manager.insert(GlobalTransactionEntity, {
        gid: tx.gid,
        kind: tx.kind,
        status: decided ? 'CONFIRMED' : 'TRYING',
        finished: decided ? 1 : 0,
        payload: JSON.stringify(tx.payload),
        attempts: 0,
        flagged: 0,
        lastError: null,
        leaseUntilMs: decided ? null : tx.leaseUntilMs,
        nextAttemptAtMs: tx.leaseUntilMs,
        createdAtMs: now,
        updatedAtMs: now,
      });
      await manager.insert(
        BranchEntity,
        tx.branches.map((branch) => ({
          gid: tx.gid,
          branch,
          status: decided ? 'CONFIRMED' : 'PENDING',
          updatedAtMs: now,
        })),
      );
    });
  }

  async find(gid: string): Promise<GlobalTransaction | null> {
    const row = await this.txs.findOneBy({ gid });
    return row ? toDomain(row) : null;
  }

  async transition(gid: string, from: GlobalStatus, to: GlobalStatus): Promise<boolean> {
    const finished = FINAL_STATUSES.includes(to) ? 1 : 0;
    const now = Date.now();
    const branchStatus = BRANCH_STATUS_AFTER[to];
    const dataSource = this.txs.manager.connection;
    return new TypeOrmUnitOfWork(dataSource).run(async () => {
      const m = ambientManager(dataSource);
      const result = await m.update(
        GlobalTransactionEntity,
        { gid, status: from },
        { status: to, finished, updatedAtMs: now, ...(finished ? { leaseUntilMs: null } : {}) },
      );
      if ((result.affected ?? 0) !== 1) return false;
      if (branchStatus)
        await m.update(BranchEntity, { gid }, { status: branchStatus, updatedAtMs: now });
      return true;
    });
  }

  async recordFailure(
    gid: string,
    error: string,
    nextAttemptAtMs: number,
    flagged: boolean,
  ): Promise<void> {
    await this.txs.increment({ gid }, 'attempts', 1);
    await this.txs.update(
      { gid },
      {
        lastError: error.slice(0, 500),
        nextAttemptAtMs,
        leaseUntilMs: null,
        flagged: flagged ? 1 : 0,
        updatedAtMs: Date.now(),
      },
    );
  }

  async claimDue(nowMs: number, leaseUntilMs: number, limit: number): Promise<GlobalTransaction[]> {
    const due = await this.txs.find({
      where: [
        { finished: 0, nextAttemptAtMs: LessThanOrEqual(nowMs), leaseUntilMs: IsNull() },
        { finished: 0, nextAttemptAtMs: LessThanOrEqual(nowMs), leaseUntilMs: LessThan(nowMs) },
      ],
      order: { nextAttemptAtMs: 'ASC' },
      take: limit,
    });
    const claimed: GlobalTransaction[] = [];
    for (const row of due) {
      // Compare-and-set on the lease, so two workers (order-service replicas) never drive one
      // transaction at once.
      const result = await this.txs
        .createQueryBuilder()
        .update()
        .set({ leaseUntilMs })
        .where('gid = :gid AND finished = 0', { gid: row.gid })
        .andWhere('(lease_until_ms IS NULL OR lease_until_ms < :now)', { now: nowMs })
        .execute();
      if ((result.affected ?? 0) === 1) claimed.push(toDomain({ ...row, leaseUntilMs }));
    }
    return claimed;
  }

  async listUnfinished(limit: number): Promise<GlobalTransaction[]> {
    const rows = await this.txs.find({
      where: { finished: 0 },
      order: { createdAtMs: 'ASC' },
      take: limit,
    });
    return rows.map(toDomain);
  }

  async countUnfinished(): Promise<{ unfinished: number; flagged: number }> {
    const [unfinished, flagged] = await Promise.all([
      this.txs.countBy({ finished: 0 }),
      this.txs.countBy({ finished: 0, flagged: 1 }),
    ]);
    return { unfinished, flagged };
  }

  async retryNow(gid: string): Promise<boolean> {
    const result = await this.txs.update(
      { gid, finished: 0 },
      {
        nextAttemptAtMs: Date.now(),
        attempts: 0,
        flagged: 0,
        leaseUntilMs: null,
        updatedAtMs: Date.now(),
      },
    );
    return (result.affected ?? 0) === 1;
  }
}

function toDomain(row: GlobalTransactionEntity): GlobalTransaction {
  return {
    gid: row.gid,
    kind: row.kind,
    status: row.status as GlobalStatus,
    payload: JSON.parse(row.payload),
    attempts: Number(row.attempts),
    flagged: Number(row.flagged) === 1,
    lastError: row.lastError,
    createdAt: new Date(Number(row.createdAtMs)),
    updatedAt: new Date(Number(row.updatedAtMs)),
  };
}
