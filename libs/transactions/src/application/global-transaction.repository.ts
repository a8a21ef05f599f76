import type { GlobalStatus, GlobalTransaction } from '../domain/global-transaction.js';

export interface NewGlobalTransaction {
  gid: string;
  kind: string;
  payload: unknown;
  branches: string[];
  /** The starter holds the transaction until then; after it, the recovery worker may take it. */
  leaseUntilMs: number;
  /**
   * TRYING (the default): the start of the two phases. CONFIRMED: a one-phase commit records the
   * finished transaction (its branches CONFIRMED, no lease) in the local transaction that ran
   * its branches, so it commits with them or not at all.
   */
  status?: 'TRYING' | 'CONFIRMED';
}

/** The coordinator's log (tcc_global_tx, tcc_branch in the coordinator's database). */
export abstract class GlobalTransactionRepository {
  abstract begin(tx: NewGlobalTransaction): Promise<void>;
  abstract find(gid: string): Promise<GlobalTransaction | null>;
  /**
   * Compare-and-set; false when the status was no longer `from` (someone else moved it). The
   * branches' records follow in the same local transaction (CONFIRMING: all TRIED; CONFIRMED,
   * CANCELLED: all of them so).
   */
  abstract transition(gid: string, from: GlobalStatus, to: GlobalStatus): Promise<boolean>;
  /** After a failed Confirm/Cancel: count the attempt, free the lease, schedule the next one. */
  abstract recordFailure(
    gid: string,
    error: string,
    nextAttemptAtMs: number,
    flagged: boolean,
  ): Promise<void>;
  /** Unfinished transactions due now and not leased; each is leased to the caller until `leaseUntilMs`. */
  abstract claimDue(
    nowMs: number,
    leaseUntilMs: number,
    limit: number,
  ): Promise<GlobalTransaction[]>;
  abstract listUnfinished(limit: number): Promise<GlobalTransaction[]>;
  /** How many are not finished, and how many of those are flagged for an operator. */
  abstract countUnfinished(): Promise<{ unfinished: number; flagged: number }>;
  /** An operator's "try again now": due at once, attempts and flag cleared. */
  abstract retryNow(gid: string): Promise<boolean>;
}
