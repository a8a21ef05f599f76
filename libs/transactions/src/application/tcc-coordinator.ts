import { Logger } from '@nestjs/common';
import type { UnitOfWork } from '@nestmall/ports/platform';
import type { GlobalStatus, GlobalTransaction } from '../domain/global-transaction.js';
import { GlobalTransactionRepository } from './global-transaction.repository.js';
import type { TccOutcome, TccTransactionType } from './tcc.js';

export interface TccSettings {
  /** How long the starter may take over its Try phase before the recovery worker cancels. */
  timeoutMs: number;
  /** Recovery attempts before the transaction is flagged for an operator. */
  maxAttempts: number;
}

/**
 * Runs TCC global transactions (the course's Try = freeze, Confirm = deduct, Cancel = unfreeze)
 * and finishes the ones a crash or a failure left behind. The log is written before each step,
 * and status changes are compare-and-set, so the starter and the recovery worker never drive a
 * transaction in two directions.
 *
 * One-phase commit (XA's one-phase optimisation): when every branch is `local` (its steps run
 * on the coordinator's own database and join the caller's unit of work) and a unit of work is
 * given, Try and Confirm of every branch and the log record (CONFIRMED, its branches CONFIRMED)
 * run in ONE local transaction. The database makes it atomic: it commits whole or not at all,
 * so there is no second phase, nothing for the recovery worker to finish, and a crash leaves
 * nothing behind. When that transaction fails (a Try refused, say), it has rolled back as if it
 * never ran, and the transaction runs again as a full TCC under the same gid, which records the
 * refusal (the FAILED order, the CANCELLED log) exactly as before.
 *
 * Group commit (a type's `groupCommit`, ORDER_GROUP_COMMIT for placing orders): the one-phase
 * transactions of a few milliseconds share one local transaction, each in a savepoint, so a hot
 * row is locked and committed once a group. One that fails rolls back to its savepoint alone and
 * goes on as above; the starter learns the outcome only after the group's COMMIT.
 */
export class TccCoordinator {
  private readonly logger = new Logger('TccCoordinator');
  private readonly types = new Map<string, TccTransactionType<never>>();
  private readonly outcomeListeners: ((kind: string, outcome: string, ms: number) => void)[] = [];

  constructor(
    private readonly log: GlobalTransactionRepository,
    private readonly settings: TccSettings,
    /** The unit of work on the log's database: given, it enables the one-phase commit. */
    private readonly unitOfWork?: UnitOfWork,
  ) {}

  /** Whether `type` commits in one phase here (every branch local, a unit of work given). */
  isOnePhase<P>(type: TccTransactionType<P>): boolean {
    return this.unitOfWork !== undefined && type.branches.every((b) => b.local === true);
  }

  register<P>(type: TccTransactionType<P>): void {
    this.types.set(type.kind, type);
  }

  /**
   * Try every branch (in parallel: each is its own local transaction, and the barrier makes a
   * Cancel that overtakes its Try harmless); then Confirm all, or Cancel all if a Try failed.
   * The log is written at each change of the global status (branch progress rides along), so a
   * placed order costs the log three commits.
   */
  async execute<P>(type: TccTransactionType<P>, gid: string, payload: P): Promise<TccOutcome> {
    const started = Date.now();
    let outcome = 'FAILED';
    try {
      const result = await this.run(type, gid, payload);
      outcome = result.status;
      return result;
    } finally {
      for (const listener of this.outcomeListeners)
        listener(type.kind, outcome, Date.now() - started);
    }
  }

  /**
   * Calls `listener` when a transaction this process started returns: its kind, its status
   * then (CONFIRMED, CANCELLED; CONFIRMING or CANCELLING when handed to the recovery worker;
   * FAILED when the log could not be written) and how long it took.
   */
  onOutcome(listener: (kind: string, outcome: string, ms: number) => void): void {
    this.outcomeListeners.push(listener);
  }

  private async run<P>(type: TccTransactionType<P>, gid: string, payload: P): Promise<TccOutcome> {
    if (!this.types.has(type.kind)) this.register(type);
    const onePhase = this.isOnePhase(type);
    if (onePhase && (await this.onePhase(type, gid, payload))) return { status: 'CONFIRMED' };
    // With branches elsewhere, the local ones ride on the log's own local transactions: their
    // Try commits with the log's start, their Confirm with the decision (2 commits fewer). Not
    // after a failed one-phase attempt: that would only repeat it.
    const local = onePhase || !this.unitOfWork ? [] : type.branches.filter((b) => b.local);
    const entry = {
      gid,
      kind: type.kind,
      payload,
      branches: type.branches.map((b) => b.name),
      leaseUntilMs: Date.now() + this.settings.timeoutMs,
    };
    const localTried =
      local.length > 0 &&
      (await this.alongside('start', gid, async () => {
        await this.log.begin(entry);
        for (const branch of local) await branch.try(gid, payload);
        return true;
      }));
    if (!localTried) await this.log.begin(entry);
    const toTry = localTried ? type.branches.filter((b) => !b.local) : type.branches;
    const tried = await settleAll(toTry.map((branch) => () => branch.try(gid, payload)));
    if (tried !== true) {
      const tryError = tried;
      if (!(await this.log.transition(gid, 'TRYING', 'CANCELLING')))
        return this.outcomeOf(gid, tryError);
      const cancelled = await this.finish(type.branches, gid, payload, 'CANCELLING');
      if (cancelled === true) return { status: 'CANCELLED', error: tryError };
      await this.handOver(gid, cancelled);
      return { status: 'CANCELLING', error: tryError };
    }
    // The decision, durable once; the local branches' Confirm commits with it. The recovery
    // worker may have cancelled a slow Try phase meanwhile: then so be it.
    const decided = localTried
      ? await this.alongside('decision', gid, async () => {
          if (!(await this.log.transition(gid, 'TRYING', 'CONFIRMING'))) return 'lost';
          for (const branch of local) await branch.confirm(gid, payload);
          return 'confirmed';
        })
      : false;
    if (decided === 'lost') return this.outcomeOf(gid, undefined);
    if (!decided && !(await this.log.transition(gid, 'TRYING', 'CONFIRMING')))
      return this.outcomeOf(gid, undefined);
    const toConfirm = decided ? type.branches.filter((b) => !b.local) : type.branches;
    const confirmed = await this.finish(toConfirm, gid, payload, 'CONFIRMING');
    if (confirmed === true) return { status: 'CONFIRMED' };
    await this.handOver(gid, confirmed);
    return { status: 'CONFIRMING', error: confirmed };
  }

  /**
   * Runs a log write with the local branches' steps in one unit of work; false when it failed
   * (rolled back whole, so the caller does the same steps apart, as without local branches).
   */
  private async alongside<T>(
    what: string,
    gid: string,
    work: () => Promise<T>,
  ): Promise<T | false> {
    try {
      return await this.unitOfWork!.run(work);
    } catch (error) {
      this.logger.debug(`${gid}: local branches apart from the ${what}: ${describe(error)}`);
      return false;
    }
  }

  /**
   * Try then Confirm every branch, one after another (they share one connection), and the log
   * record, in one local transaction; true when it committed. False when anything failed: the
   * database rolled all of it back (barrier rows included), so the caller may run the two
   * phases under the same gid.
   */
  private async onePhase<P>(
    type: TccTransactionType<P>,
    gid: string,
    payload: P,
  ): Promise<boolean> {
    try {
      await (type.groupCommit ?? this.unitOfWork!).run(async () => {
        for (const branch of type.branches) await branch.try(gid, payload);
        for (const branch of type.branches) await branch.confirm(gid, payload);
        await this.log.begin({
          gid,
          kind: type.kind,
          payload,
          branches: type.branches.map((b) => b.name),
          leaseUntilMs: Date.now(),
          status: 'CONFIRMED',
        });
      });
      return true;
    } catch (error) {
      this.logger.debug(
        `one-phase ${type.kind} ${gid} rolled back, two phases now: ${describe(error)}`,
      );
      return false;
    }
  }

  /** The starter could not finish: leave it to the recovery worker, due shortly. */
  private async handOver(gid: string, error: unknown): Promise<void> {
    this.logger.warn(`global transaction ${gid} left to recovery: ${describe(error)}`);
    await this.log.recordFailure(gid, describe(error), Date.now() + this.backoffMs(0), false);
  }

  /** Drives one unfinished transaction a step further (the recovery worker calls this). */
  async recover(tx: GlobalTransaction): Promise<void> {
    const type = this.types.get(tx.kind);
    if (!type) {
      await this.failed(tx, new Error(`no transaction type "${tx.kind}" is registered here`));
      return;
    }
    let status: GlobalStatus = tx.status;
    if (status === 'TRYING') {
      // Its starter crashed or took longer than the timeout: cancel it.
      if (!(await this.log.transition(tx.gid, 'TRYING', 'CANCELLING'))) return;
      status = 'CANCELLING';
    }
    if (status !== 'CONFIRMING' && status !== 'CANCELLING') return;
    const done = await this.finish(type.branches, tx.gid, tx.payload as never, status);
    if (done !== true) await this.failed(tx, done);
    else
      this.logger.log(
        `recovered ${tx.kind} ${tx.gid}: ${status === 'CONFIRMING' ? 'CONFIRMED' : 'CANCELLED'}`,
      );
  }

  /** Confirm or Cancel every branch (in parallel); true, or the first error met. */
  private async finish<P>(
    branches: TccTransactionType<P>['branches'],
    gid: string,
    payload: P,
    status: 'CONFIRMING' | 'CANCELLING',
  ): Promise<unknown> {
    const confirming = status === 'CONFIRMING';
    const done = await settleAll(
      branches.map(
        (branch) => () => (confirming ? branch.confirm(gid, payload) : branch.cancel(gid, payload)),
      ),
    );
    if (done !== true) return done;
    try {
      await this.log.transition(gid, status, confirming ? 'CONFIRMED' : 'CANCELLED');
      return true;
    } catch (error) {
      return error;
    }
  }

  private async failed(tx: GlobalTransaction, error: unknown): Promise<void> {
    const attempts = tx.attempts + 1;
    const flagged = attempts >= this.settings.maxAttempts;
    if (flagged && !tx.flagged) {
      this.logger.error(
        `global transaction ${tx.gid} (${tx.kind}, ${tx.status}) still fails after ${attempts} attempts: ` +
          `flagged for an operator (GET /admin/transactions): ${describe(error)}`,
      );
    }
    await this.log.recordFailure(
      tx.gid,
      describe(error),
      Date.now() + this.backoffMs(attempts),
      flagged,
    );
  }

  /** 250 ms, doubling, at most 30 s. */
  private backoffMs(attempts: number): number {
    return Math.min(250 * 2 ** attempts, 30_000);
  }

  private async outcomeOf(gid: string, error: unknown): Promise<TccOutcome> {
    const tx = await this.log.find(gid);
    switch (tx?.status) {
      case 'CONFIRMED':
        return { status: 'CONFIRMED' };
      case 'CANCELLED':
        return {
          status: 'CANCELLED',
          error: error ?? new Error('cancelled by the recovery worker'),
        };
      case 'CONFIRMING':
        return { status: 'CONFIRMING', error };
      default:
        return { status: 'CANCELLING', error };
    }
  }
}

/** Runs every step at once and waits for all of them; true, or the first error in step order. */
async function settleAll(steps: (() => Promise<unknown>)[]): Promise<unknown> {
  const results = await Promise.allSettled(steps.map((step) => step()));
  const failed = results.find((r) => r.status === 'rejected');
  return failed ? failed.reason : true;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
