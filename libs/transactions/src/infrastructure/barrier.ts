import { Table, type EntityManager } from 'typeorm';

export type BarrierOp = 'try' | 'confirm' | 'cancel';

/**
 * The sub-transaction barrier (DTM's name; Seata calls it the TCC fence). Call it inside the
 * participant's local transaction, around the business change of a Try, Confirm or Cancel:
 * the barrier row and the change commit together or not at all. Returns whether `business` ran.
 *
 * - Try and Confirm insert their own row; nothing inserted means "already done": skip.
 * - Cancel first inserts the *try* row: if that succeeds, Try never ran, so this is a null
 *   compensation and Try is blocked for ever (no hanging). Then its own row (duplicate: already
 *   cancelled). Only a Cancel that follows a real Try undoes anything.
 */
export async function withBarrier(
  manager: EntityManager,
  table: string,
  gid: string,
  branch: string,
  op: BarrierOp,
  business: () => Promise<void>,
): Promise<boolean> {
  if (op === 'cancel') {
    const tryNeverRan = (await insertIgnore(manager, table, gid, branch, 'try')) === 1;
    const firstCancel = (await insertIgnore(manager, table, gid, branch, 'cancel')) === 1;
    if (tryNeverRan || !firstCancel) return false;
  } else if ((await insertIgnore(manager, table, gid, branch, op)) === 0) {
    return false;
  }
  await business();
  return true;
}

/** Also used for one-off idempotent operations (a return of stock, say), with their own op name. */
export async function insertIgnore(
  manager: EntityManager,
  table: string,
  gid: string,
  branch: string,
  op: string,
): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('withBarrier must run inside a transaction (manager.transaction)');
  const mysql = manager.connection.options.type === 'mysql';
  const sql = mysql
    ? `INSERT IGNORE INTO \`${table}\` (gid, branch_id, op, created_at_ms) VALUES (?, ?, ?, ?)`
    : `INSERT OR IGNORE INTO "${table}" (gid, branch_id, op, created_at_ms) VALUES (?, ?, ?, ?)`;
  const result = await runner.query(sql, [gid, branch, op, Date.now()], true);
  return result.affected ?? 0;
}

/** The barrier table a participant's migration creates (one per context: it owns its tables). */
export function barrierTable(name: string): Table {
  return new Table({
    name,
    columns: [
      { name: 'gid', type: 'varchar', length: '64', isPrimary: true },
      { name: 'branch_id', type: 'varchar', length: '32', isPrimary: true },
      { name: 'op', type: 'varchar', length: '16', isPrimary: true },
      { name: 'created_at_ms', type: 'bigint' },
    ],
  });
}
