import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { GroupCommitter, GroupTransactionLost, type GroupTransaction } from './group-commit.js';
import { runInTransaction } from './run-in-transaction.js';
import { replicaManager } from './typeorm-replica-reads.js';
import { UnitOfWork, type GroupCommit, type GroupCommitSettings } from './unit-of-work.js';

interface Ambient {
  dataSource: DataSource;
  manager: EntityManager;
  afterCommit: (() => void)[];
  /** A unit of work of another data source that this one runs inside of. */
  outer?: Ambient;
}

/** One store for the process: every TypeOrmUnitOfWork of a data source sees the same transaction. */
const ambient = new AsyncLocalStorage<Ambient>();
const logger = new Logger('UnitOfWork');

function find(dataSource: DataSource): Ambient | undefined {
  for (let a = ambient.getStore(); a; a = a.outer) if (a.dataSource === dataSource) return a;
  return undefined;
}

/**
 * The EntityManager of the unit of work running on `dataSource`, else of a replica read
 * (ReplicaReads.run), else the data source's own. What repositories query through, so that they
 * join a caller's transaction.
 */
export function ambientManager(dataSource: DataSource): EntityManager {
  return find(dataSource)?.manager ?? replicaManager(dataSource) ?? dataSource.manager;
}

/** Whether a unit of work is running on `dataSource` (some writes make sense only inside one). */
export function inUnitOfWork(dataSource: DataSource): boolean {
  return find(dataSource) !== undefined;
}

/**
 * The unit of work on TypeORM, over runInTransaction: READ COMMITTED set once per pooled MySQL
 * session, deadlock victims retried (the whole `work` again: keep it free of side effects
 * outside the database, and hang those on afterCommit), SQLite serialised (sqlite-serializer.ts).
 * The transaction travels in AsyncLocalStorage, keyed by data source.
 */
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (find(this.dataSource)) return work();
    let hooks: (() => void)[] = [];
    const result = await runInTransaction(this.dataSource, (manager) => {
      hooks = []; // a retried attempt starts afresh
      const unit = { dataSource: this.dataSource, manager, afterCommit: hooks };
      return ambient.run({ ...unit, outer: ambient.getStore() }, work);
    });
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        // Committed is committed: a failing nudge must not turn it into an error.
        logger.warn(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  afterCommit(hook: () => void): void {
    const unit = find(this.dataSource);
    if (unit) unit.afterCommit.push(hook);
    else hook();
  }

  /**
   * Group commit on this data source (GroupCommitter): the group's transaction is a unit of
   * work like run()'s (READ COMMITTED, retried whole when MySQL picks it as a deadlock victim),
   * each unit in a SAVEPOINT of it (MySQL/MariaDB and SQLite alike). Inside a unit of work
   * already, a unit joins it instead.
   */
  override groupCommit(settings: GroupCommitSettings): GroupCommit {
    const dataSource = this.dataSource;
    const committer = new GroupCommitter(
      (body) =>
        runInTransaction(dataSource, (manager) => body(savepointUnits(dataSource, manager))),
      settings,
    );
    return {
      stats: committer.stats,
      run: (work) => (find(dataSource) ? work() : committer.run(work)),
    };
  }
}

/** The units of a group, each in its own savepoint of the transaction `manager` is in. */
function savepointUnits(dataSource: DataSource, manager: EntityManager): GroupTransaction {
  return {
    async unit(index, work) {
      const savepoint = `group_unit_${index}`;
      await manager.query(`SAVEPOINT ${savepoint}`);
      try {
        // Not released: the COMMIT does that, one round trip a unit fewer (names are unique).
        return await runInOpenTransaction(dataSource, manager, work);
      } catch (error) {
        try {
          await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        } catch {
          // The savepoint is gone with the transaction (a deadlock victim): the group is lost.
          throw new GroupTransactionLost(error);
        }
        throw error;
      }
    },
  };
}

/**
 * Runs `work` as the unit of work of `dataSource` on `manager`, a transaction its caller opened
 * and ends itself (an XA branch: XA START before, XA END and PREPARE after): units of work inside
 * join it. Answers the after-commit hooks they left, for the caller to run once it commits.
 */
export async function runInOpenTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager,
  work: () => Promise<T>,
): Promise<{ result: T; afterCommit: (() => void)[] }> {
  const afterCommit: (() => void)[] = [];
  const unit = { dataSource, manager, afterCommit, outer: ambient.getStore() };
  const result = await ambient.run(unit, work);
  return { result, afterCommit };
}
