/**
 * A TCC global transaction as the coordinator records it. Every status change is written before
 * the coordinator acts on it, so after a crash the recovery worker knows what is left to do:
 * TRYING -> CONFIRMING -> CONFIRMED when every Try succeeded, TRYING -> CANCELLING -> CANCELLED
 * when one failed or the transaction stalled. Changes are compare-and-set: a CONFIRMING one is
 * only ever confirmed, a CANCELLING one only ever cancelled.
 */
export type GlobalStatus = 'TRYING' | 'CONFIRMING' | 'CONFIRMED' | 'CANCELLING' | 'CANCELLED';

export const FINAL_STATUSES: readonly GlobalStatus[] = ['CONFIRMED', 'CANCELLED'];

export type BranchStatus = 'PENDING' | 'TRIED' | 'CONFIRMED' | 'CANCELLED';

export interface GlobalTransaction {
  gid: string;
  /** Which TccTransactionType drives it (its branches and their order). */
  kind: string;
  status: GlobalStatus;
  /** What the branches need, as JSON (never secrets). */
  payload: unknown;
  /** Recovery attempts so far. */
  attempts: number;
  /** Set past TCC_MAX_ATTEMPTS: an operator should look (it is still retried, slowly). */
  flagged: boolean;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface BranchRecord {
  gid: string;
  branch: string;
  status: BranchStatus;
}
