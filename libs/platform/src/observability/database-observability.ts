import type { DataSource } from 'typeorm';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

/** What mysql2's pool keeps (not part of its typed API; read defensively). */
interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/**
 * The app's database as readiness and metrics see it: ready while `SELECT 1` answers; the
 * connection pool's size, connections in use and callers waiting for one (MySQL/MariaDB; SQLite
 * has one connection, counted as such).
 */
export function observeDatabase(
  dataSource: DataSource,
  readiness: Readiness | null,
  metrics: Metrics | null,
): void {
  readiness?.add('database', () => dataSource.query('SELECT 1'));
  if (!metrics) return;
  const pool = () => (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  metrics.gauge({
    name: 'nestmall_db_pool_connections',
    help: 'Database pool connections, by state (open, in_use, idle), and the pool limit (max)',
    labelNames: ['state'],
    collect() {
      const p = pool();
      const open = p?._allConnections?.length ?? (dataSource.isInitialized ? 1 : 0);
      const idle = p?._freeConnections?.length ?? 0;
      this.set({ state: 'open' }, open);
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'in_use' }, open - idle);
      this.set({ state: 'max' }, p?.config?.connectionLimit ?? 1);
    },
  });
  metrics.gauge({
    name: 'nestmall_db_pool_waiting',
    help: 'Callers waiting for a database connection',
    collect() {
      this.set(pool()?._connectionQueue?.length ?? 0);
    },
  });
}
