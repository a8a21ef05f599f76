// A MariaDB database of its own for one benchmark: nestmall_bench_<name>_<pid>, created at the
// start and dropped at the end (also when the run fails or is interrupted).
import mysql from 'mysql2/promise';

export const MYSQL_SERVER = (process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(
  /\/$/,
  '',
);

const created = new Set();

export async function createDatabase(benchmark) {
  const name = `nestmall_bench_${benchmark.replace(/[^a-z0-9]+/gi, '_')}_${process.pid}`;
  let connection;
  try {
    connection = await mysql.createConnection({ uri: MYSQL_SERVER, connectTimeout: 3000 });
  } catch (error) {
    throw new Error(
      `MariaDB is not reachable at ${MYSQL_SERVER} (${error.message}); set BENCH_MYSQL_URL`,
      { cause: error },
    );
  }
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  created.add(name);
  const url = `${MYSQL_SERVER}/${name}`;
  return {
    name,
    url,
    /** One connection for the benchmark's own checks and set-up statements. */
    connect: () => mysql.createConnection({ uri: url }),
    drop: () => dropDatabase(name),
  };
}

export async function dropDatabase(name) {
  const connection = await mysql.createConnection({ uri: MYSQL_SERVER });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
  created.delete(name);
}

export async function dropAll() {
  for (const name of [...created]) await dropDatabase(name).catch(() => {});
}

export async function serverVersion() {
  try {
    const connection = await mysql.createConnection({ uri: MYSQL_SERVER, connectTimeout: 2000 });
    const [[row]] = await connection.query('SELECT VERSION() AS v');
    await connection.end();
    return row.v;
  } catch {
    return null;
  }
}

/**
 * The server's global counters: statements (Questions: every statement a client sent, not the
 * ones inside stored programs) and transactions (Com_commit + Com_rollback: explicit commits and
 * rollbacks; an autocommitted single statement is not counted). Global: other clients of the
 * same server count too (on a shared development server they inflate both figures; the exact
 * counts of one order are bench/statements-per-order.mjs's). `sql` is a mysql2 connection.
 */
export async function serverCounters(sql) {
  const [rows] = await sql.query(
    "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit', 'Com_rollback')",
  );
  const v = Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
  return { statements: v.Questions, transactions: v.Com_commit + v.Com_rollback };
}
