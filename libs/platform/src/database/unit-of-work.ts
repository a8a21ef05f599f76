/**
 * "Run this in one local transaction": what a use case or an event handler asks for. The
 * repositories it calls join the transaction without being handed it, and a nested `run` joins
 * the outer one, so a handler's writes and its inbox row commit together.
 */
export abstract class UnitOfWork {
  /** Runs `work` in the ambient transaction, or in a new one that commits when `work` resolves. */
  abstract run<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Calls `hook` once the ambient transaction has committed (never after a rollback; at once
   * outside a transaction). For nudges, such as telling the outbox relay there is work.
   */
  abstract afterCommit(hook: () => void): void;
  /**
   * A group committer on this unit of work's database (see GroupCommitter): units given to it
   * within `windowMs` share one transaction, each in its own savepoint. Here, where there is no
   * such thing, each unit runs in its own transaction (`run`).
   */
  groupCommit(settings: GroupCommitSettings): GroupCommit {
    void settings;
    const stats = { groups: 0, units: 0 };
    return {
      stats,
      run: async (work) => {
        const result = await this.run(work);
        stats.groups++;
        stats.units++;
        return result;
      },
    };
  }
}

/** How a group committer gathers units: for at most `windowMs` after the first, at most `maxSize`. */
export interface GroupCommitSettings {
  windowMs: number;
  maxSize: number;
  /** Groups running at once (each holds a pooled connection); no bound when absent. */
  maxInFlight?: number;
}

/**
 * Runs a unit like UnitOfWork.run, answered once the transaction it shared with the other
 * units of its group has committed; a unit that throws rolls back alone (to its savepoint) and
 * its caller gets its error. Inside a unit of work already, the unit joins that one.
 */
export interface GroupCommit {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Groups committed so far, and the units committed in them (their mean size: units / groups). */
  readonly stats: { groups: number; units: number };
}
