import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares one connection, so two concurrent transactions would
 * nest as savepoints of each other and a statement from one request could land in another's
 * transaction. SQLite runs one writer at a time anyway; this makes that explicit: a transaction
 * holds the connection until it ends, and statements from outside it wait their turn.
 * (MySQL needs nothing of the sort: it has a pool of connections.)
 *
 * Inside a unit of work, query through its manager (ambientManager: repositories do); avoid
 * `repository.save()`, which opens a transaction of its own on the runner directly (use
 * insert/update).
 */
export function serializeSqliteAccess(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const inTransaction = new AsyncLocalStorage<true>();
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (...args: unknown[]) =>
    inTransaction.getStore()
      ? transaction(...args)
      : exclusive(() => inTransaction.run(true, () => transaction(...args)));

  const runner: QueryRunner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) =>
    inTransaction.getStore()
      ? query(...args)
      : exclusive(() => query(...args))) as typeof runner.query;
}
