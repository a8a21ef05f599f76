import { BranchBarrier } from '../../libs/transactions/src/application/branch-barrier.js';
import {
  GlobalTransactionRepository,
  type NewGlobalTransaction,
} from '../../libs/transactions/src/application/global-transaction.repository.js';
import {
  FINAL_STATUSES,
  type GlobalStatus,
  type GlobalTransaction,
} from '../../libs/transactions/src/domain/global-transaction.js';

/** A branch's barrier rows in memory: (gid, op) pairs. */
export class InMemoryBranchBarrier extends BranchBarrier {
  readonly rows = new Set<string>();

  async insertOnce(gid: string, op: string): Promise<boolean> {
    const key = `${gid}/${op}`;
    if (this.rows.has(key)) return false;
    this.rows.add(key);
    return true;
  }

  has(gid: string, op: string): boolean {
    return this.rows.has(`${gid}/${op}`);
  }
}

/** The coordinator's log in memory (the TypeORM one is covered by the e2e suites). */
export class InMemoryGlobalTransactionLog extends GlobalTransactionRepository {
  readonly txs = new Map<string, GlobalTransaction>();
  readonly transitions: string[] = [];
  readonly failures: string[] = [];
  /** What claimDue answers next (then it answers nothing). */
  due: GlobalTransaction[] = [];
  readonly retried: string[] = [];

  async begin(tx: NewGlobalTransaction): Promise<void> {
    this.txs.set(tx.gid, {
      gid: tx.gid,
      kind: tx.kind,
      status: tx.status ?? 'TRYING',
      payload: tx.payload,
      attempts: 0,
      flagged: false,
      lastError: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }

  async find(gid: string): Promise<GlobalTransaction | null> {
    return this.txs.get(gid) ?? null;
  }

  async countUnfinished(): Promise<{ unfinished: number; flagged: number }> {
    const open = [...this.txs.values()].filter((t) => !FINAL_STATUSES.includes(t.status));
    return { unfinished: open.length, flagged: open.filter((t) => t.flagged).length };
  }

  async transition(gid: string, from: GlobalStatus, to: GlobalStatus): Promise<boolean> {
    const tx = this.txs.get(gid);
    if (!tx || tx.status !== from) return false;
    tx.status = to;
    this.transitions.push(`${from}->${to}`);
    return true;
  }

  async recordFailure(
    gid: string,
    error: string,
    _nextAttemptAtMs: number,
    flagged: boolean,
  ): Promise<void> {
    this.failures.push(`${gid}: ${error}`);
    const tx = this.txs.get(gid);
    if (tx) Object.assign(tx, { attempts: tx.attempts + 1, flagged, lastError: error });
  }

  async claimDue(): Promise<GlobalTransaction[]> {
    const due = this.due;
    this.due = [];
    return due;
  }

  async listUnfinished(): Promise<GlobalTransaction[]> {
    return [...this.txs.values()].filter((t) => !['CONFIRMED', 'CANCELLED'].includes(t.status));
  }

  async retryNow(gid: string): Promise<boolean> {
    const tx = this.txs.get(gid);
    if (!tx || ['CONFIRMED', 'CANCELLED'].includes(tx.status)) return false;
    this.retried.push(gid);
    return true;
  }
}
