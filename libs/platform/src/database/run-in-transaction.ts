import type { DataSource, EntityManager } from 'typeorm';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

/** Pooled MySQL connections already switched to READ COMMITTED for their whole session. */
const readCommittedSessions = new WeakSet<object>();

/**
 * A short local transaction for a branch of a distributed one: READ COMMITTED on MySQL/MariaDB
 * (gap locks under REPEATABLE READ deadlock the barrier and hot stock rows), retried a few times
 * when MySQL picks it as a deadlock victim. Keep network calls out of `work`.
 *
 * The isolation level is set once per pooled connection (for its session) rather than before
 * every transaction: one round trip less per transaction, and a placed order runs several.
 */
export async function runInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'mysql') return dataSource.transaction(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await readCommittedTransaction(dataSource, work);
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (attempt >= 4 || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

async function readCommittedTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const session = (runner as unknown as { databaseConnection: object }).databaseConnection;
    if (!readCommittedSessions.has(session)) {
      await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      readCommittedSessions.add(session);
    }
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}
