import { ambientManager, inUnitOfWork } from '@nestmall/platform';
import { Table, type DataSource, type EntityManager } from 'typeorm';
import { BranchBarrier } from '../application/branch-barrier.js';

/** The barrier of one participant's branch in its own table (each context owns its tables). */
export class TypeOrmBranchBarrier extends BranchBarrier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly table: string,
    private readonly branch: string,
  ) {
    super();
  }

  async insertOnce(gid: string, op: string): Promise<boolean> {
    if (!inUnitOfWork(this.dataSource))
      throw new Error('the barrier runs inside a unit of work, with the business change');
    const inserted = await insertIgnore(
      ambientManager(this.dataSource),
      this.table,
      gid,
      this.branch,
      op,
    );
    return inserted === 1;
  }
}

/** INSERT IGNORE of a barrier row inside `manager`'s transaction; how many rows it inserted. */
export async function insertIgnore(
  manager: EntityManager,
  table: string,
  gid: string,
  branch: string,
  op: string,
): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('a barrier row is written inside a transaction');
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
