import type { GroupCommit } from '@nestmall/ports/platform';

/**
 * One participant's part of a TCC transaction type. Each action must be idempotent and guarded
 * by a barrier (see barrier.ts) in the participant's own local transaction: the coordinator and
 * the recovery worker may call any of them more than once, and Cancel may arrive without Try.
 */
export interface TccBranch<P = unknown> {
  /** Unique within the transaction type; also the barrier's branch id. */
  name: string;
  try(gid: string, payload: P): Promise<void>;
  confirm(gid: string, payload: P): Promise<void>;
  cancel(gid: string, payload: P): Promise<void>;
  /**
   * True when every step of this branch writes only to the coordinator's own database and joins
   * the caller's unit of work (an in-process participant on the app's one data source). When
   * every branch of a transaction is local, the coordinator commits it in one phase: Try and
   * Confirm of all of them and the log record in one local transaction (see TccCoordinator).
   */
  local?: boolean;
}

/** A kind of global transaction: its branches (tried, confirmed or cancelled in parallel). */
export interface TccTransactionType<P = unknown> {
  kind: string;
  branches: TccBranch<P>[];
  /**
   * Where its one-phase commits run when given (the unit of work's group committer): with the
   * other transactions of the kind that arrive within a few milliseconds, in one local
   * transaction, each in its own savepoint. Without it, each in a transaction of its own.
   */
  groupCommit?: GroupCommit;
}

export type TccOutcome =
  | { status: 'CONFIRMED' }
  /** A Try failed: every branch was cancelled; `error` is the Try's failure. */
  | { status: 'CANCELLED'; error: unknown }
  /** Confirm or Cancel did not finish now; the recovery worker will finish it. */
  | { status: 'CONFIRMING' | 'CANCELLING'; error: unknown };
