export type BarrierOp = 'try' | 'confirm' | 'cancel';

/**
 * The sub-transaction barrier of one participant's branch (DTM's name; Seata calls it the TCC
 * fence): a row (gid, branch, op) per operation, written in the participant's unit of work with
 * the business change, so both commit or neither does.
 *
 * - Try and Confirm insert their own row; nothing inserted means "already done": skip.
 * - Cancel first inserts the *try* row: if that succeeds, Try never ran, so this is a null
 *   compensation and Try is blocked for ever (no hanging). Then its own row (duplicate: already
 *   cancelled). Only a Cancel that follows a real Try undoes anything.
 */
export abstract class BranchBarrier {
  /**
   * Inserts the row (gid, this branch, op) unless it is there; true when inserted. `op` may also
   * name a one-off idempotent operation of its own (a return of stock, say). Runs in the
   * caller's unit of work.
   */
  abstract insertOnce(gid: string, op: string): Promise<boolean>;

  /** Runs `business` unless the barrier says not to; returns whether it ran. */
  async guard(gid: string, op: BarrierOp, business: () => Promise<void>): Promise<boolean> {
    if (op === 'cancel') {
      const tryNeverRan = await this.insertOnce(gid, 'try');
      const firstCancel = await this.insertOnce(gid, 'cancel');
      if (tryNeverRan || !firstCancel) return false;
    } else if (!(await this.insertOnce(gid, op))) {
      return false;
    }
    await business();
    return true;
  }
}
