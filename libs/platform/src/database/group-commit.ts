import { AsyncResource } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { GroupCommit, GroupCommitSettings } from './unit-of-work.js';

/** A group's transaction, as the committer drives it: one unit after another, each in a savepoint. */
export interface GroupTransaction {
  /**
   * Runs `work` in savepoint `index`: resolves with its result and the after-commit hooks it
   * left; when it throws, rolls back to the savepoint and rethrows (the group goes on), or
   * throws a GroupTransactionLost when the transaction itself is gone.
   */
  unit<T>(
    index: number,
    work: () => Promise<T>,
  ): Promise<{ result: T; afterCommit: (() => void)[] }>;
}

/**
 * Opens a transaction, runs `body` in it and commits when `body` resolves (rolls back when it
 * throws). It may run `body` again after a deadlock (runInTransaction does).
 */
export type GroupTransactionRunner = <T>(body: (tx: GroupTransaction) => Promise<T>) => Promise<T>;

/**
 * A unit failed in a way that took the whole transaction with it (a deadlock victim: MySQL rolls
 * the transaction back, savepoints included): the group cannot go on; `cause` is what the unit met.
 */
export class GroupTransactionLost extends Error {
  constructor(override readonly cause: unknown) {
    super('the group transaction was lost', { cause });
    this.name = 'GroupTransactionLost';
  }
}

interface Waiting {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome =
  { ok: true; result: unknown; afterCommit: (() => void)[] } | { ok: false; error: unknown };

/**
 * Group commit: the units that arrive within `windowMs` of the first (at most `maxSize`) run in
 * ONE transaction, one after another, each in its own savepoint, and commit with one COMMIT. A
 * unit that throws rolls back to its savepoint and its caller gets its error; the others go on.
 * Every caller is answered only after the COMMIT (or its failure, which fails them all), and the
 * after-commit hooks of the units that committed run then. So a hot row (the stock of a SKU on
 * sale) is locked and committed once a group, not once a buyer. Up to `maxInFlight` groups run
 * at once, each on its own connection.
 */
export class GroupCommitter implements GroupCommit {
  readonly stats = { groups: 0, units: 0 };
  private queue: Waiting[] = [];
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Groups run in the context the committer was made in, not in the first caller's. */
  private readonly home = new AsyncResource('GroupCommitter');

  constructor(
    private readonly transaction: GroupTransactionRunner,
    private readonly settings: GroupCommitSettings,
  ) {
    if (settings.maxSize < 1) throw new Error('a group holds at least one unit');
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length >= this.settings.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.settings.windowMs);
    });
  }

  /**
   * Starts a group of what waits, unless `maxInFlight` groups are running already: then the
   * units wait for one of them to finish (and the next group is the bigger for it). Each group
   * holds a pooled connection for its whole run, so groups without a bound can take every
   * connection while they wait on a hot row, and the refusals' second phase, the recovery worker
   * and the relay then wait for a connection that no group gives back.
   */
  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0 && this.running < (this.settings.maxInFlight ?? Infinity)) {
      const group = this.queue.splice(0, this.settings.maxSize);
      this.running++;
      void this.home.runInAsyncScope(() =>
        this.commit(group).finally(() => {
          this.running--;
          if (this.queue.length > 0) this.flush();
        }),
      );
      // A short group leaves no one behind; a full one may: the rest waits for its window.
      if (this.queue.length < this.settings.maxSize) break;
    }
    if (this.queue.length > 0 && this.running < (this.settings.maxInFlight ?? Infinity))
      this.timer = setTimeout(() => this.flush(), this.settings.windowMs);
  }

  private async commit(group: Waiting[]): Promise<void> {
    let outcomes: Outcome[] = [];
    try {
      await this.transaction(async (tx) => {
        outcomes = []; // a retried attempt starts afresh
        for (const [index, waiting] of group.entries()) {
          try {
            outcomes.push({ ok: true, ...(await tx.unit(index, waiting.work)) });
          } catch (error) {
            if (error instanceof GroupTransactionLost) throw error.cause;
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
      return;
    }
    this.stats.groups++;
    this.stats.units += outcomes.filter((o) => o.ok).length;
    for (const [index, waiting] of group.entries()) {
      const outcome = outcomes[index];
      if (!outcome.ok) {
        waiting.reject(outcome.error);
        continue;
      }
      for (const hook of outcome.afterCommit) runHook(hook);
      waiting.resolve(outcome.result);
    }
  }
}

const logger = new Logger('GroupCommitter');

function runHook(hook: () => void): void {
  try {
    hook();
  } catch (error) {
    // Committed is committed: a failing nudge must not turn it into an error (as in run()).
    logger.warn(`after-commit hook failed: ${(error as Error).message}`);
  }
}
