#!/usr/bin/env node
// `npm run shard:orders -- --front <url> --shards <url>,<url>[,...]`: turns the orders context's
// per-buyer tables of a MariaDB database (the front, the DATABASE_URL the shop connects to) into
// tables of MariaDB's Spider engine, partitioned over the shard servers (data nodes), and moves
// their rows there. Every other table stays local InnoDB on the front.
//   --front  mysql://user:pass@host:port/db   the shop's database (its tables made by the migrations)
//   --shards mysql://user:pass@host:port/db,...   one database per shard (created when missing)
// Idempotent: a table already on Spider is left alone; a run cut short is finished by the next
// (the original table waits as <table>__unsharded until its rows are on the shards). Stop the shop
// while it runs. Exit 0 when done, 1 when it failed, 2 on bad usage.
// Why these tables and keys, what works and what does not: docs/operations.md, "Database clusters".
import { createConnection } from 'mysql2/promise';

const USAGE = 'usage: npm run shard:orders -- --front <mysql-url> --shards <mysql-url>,<mysql-url>';

/**
 * The per-buyer tables and the column each is partitioned by. The order and the buyer's
 * after-sales requests go by the buyer; an order's lines, address, discounts, timeline and
 * shipment have no buyer column and go by their order id (one shard per order, not per buyer).
 */
export const SHARDED_TABLES = [
  ['orders_order', 'user_id'],
  ['orders_after_sales', 'user_id'],
  ['orders_order_item', 'order_id'],
  ['orders_order_address', 'order_id'],
  ['orders_order_discount', 'order_id'],
  ['orders_order_timeline', 'order_id'],
  ['orders_order_shipment', 'order_id'],
];
const SERVER_PREFIX = 'nestmall_orders_shard';

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function parseUrl(text, what) {
  let url;
  try {
    url = new URL(text);
  } catch {
    fail(`${what}: not a URL: ${text}\n${USAGE}`, 2);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^(mysql|mariadb):$/.test(url.protocol) || !database)
    fail(`${what}: a mysql://user@host:port/database URL is needed, got ${text}\n${USAGE}`, 2);
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
  };
}

/**
 * The front's definition of a table: Spider's, partitioned by `column` over the shards. MariaDB
 * wants every unique key of a partitioned table to hold the partitioning column, so the front's
 * keys get it appended; the shards keep the original keys and enforce them (per shard).
 */
export function spiderDefinition(createTable, table, column, servers) {
  const withColumn = (keys) =>
    keys.split(',').some((k) => k.trim() === `\`${column}\``) ? keys : `${keys},\`${column}\``;
  const body = createTable
    .replace(/^(\s*PRIMARY KEY \()([^)]*)\)/m, (_, head, keys) => `${head}${withColumn(keys)})`)
    .replace(
      /^(\s*UNIQUE KEY `[^`]+` \()([^)]*)\)/gm,
      (_, head, keys) => `${head}${withColumn(keys)})`,
    );
  const columns = body.slice(body.indexOf('('), body.lastIndexOf(')') + 1);
  const partitions = servers.map((s, i) => `PARTITION p${i} COMMENT = 'srv "${s}"'`).join(', ');
  return (
    `CREATE TABLE \`${table}\` ${columns} ENGINE=SPIDER ` +
    `COMMENT='wrapper "mysql", table "${table}"' ` +
    `PARTITION BY KEY (\`${column}\`) (${partitions})`
  );
}

async function main() {
  const args = process.argv.slice(2);
  let frontUrl;
  let shardUrls;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--front') frontUrl = args[++i];
    else if (args[i] === '--shards') shardUrls = args[++i]?.split(',').filter(Boolean);
    else fail(`unknown argument ${args[i]}\n${USAGE}`, 2);
  }
  if (!frontUrl || !shardUrls?.length) fail(USAGE, 2);
  const front = parseUrl(frontUrl, '--front');
  const shards = shardUrls.map((u, i) => parseUrl(u, `--shards (${i + 1})`));
  const servers = shards.map((_, i) => `${SERVER_PREFIX}${i}`);
  // Spider records the members of an XA transaction by host without the port: two shards on one
  // host collide ("This xid member already exists", error 12606) and every commit fails.
  const hosts = shards.map((s) => s.host);
  if (new Set(hosts).size !== hosts.length)
    fail(
      `every shard needs a host of its own (Spider's XA tells members apart by host): ${hosts}`,
      2,
    );

  const db = await createConnection({ ...front, multipleStatements: false });
  const shardConnections = [];
  try {
    const [[engine]] = await db.query(
      "SELECT SUPPORT AS support FROM information_schema.ENGINES WHERE ENGINE = 'SPIDER'",
    );
    if (!engine || !['YES', 'DEFAULT'].includes(engine.support)) {
      console.log('installing the Spider engine on the front (INSTALL SONAME ha_spider)');
      await db.query("INSTALL SONAME 'ha_spider'");
    }
    // One local transaction of the shop spans local InnoDB tables (outbox, TCC log) and Spider
    // tables: only Spider's internal XA commits both or neither. Persist it in the front's
    // configuration too (docs/operations.md).
    await db.query('SET GLOBAL spider_internal_xa = ON');
    for (const [i, shard] of shards.entries()) {
      const c = await createConnection({ ...shard, database: undefined });
      shardConnections.push(c);
      await c.query(`CREATE DATABASE IF NOT EXISTS \`${shard.database}\``);
      await c.query(`USE \`${shard.database}\``);
      // CREATE OR REPLACE SERVER: a re-run with a moved shard points the front at its new place.
      await db.query(
        `CREATE OR REPLACE SERVER ${servers[i]} FOREIGN DATA WRAPPER mysql ` +
          'OPTIONS (HOST ?, PORT ?, USER ?, PASSWORD ?, DATABASE ?)',
        [shard.host, shard.port, shard.user, shard.password, shard.database],
      );
    }

    const engineOf = async (table) => {
      const [rows] = await db.query(
        'SELECT ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
        [front.database, table],
      );
      return rows[0]?.engine ?? null;
    };
    for (const [table, column] of SHARDED_TABLES) {
      const parked = `${table}__unsharded`;
      let engineNow = await engineOf(table);
      const parkedEngine = await engineOf(parked);
      if (engineNow === null && parkedEngine === null)
        fail(`${front.database}.${table} does not exist: start the shop once (migrations) first`);
      if (engineNow?.toUpperCase() === 'SPIDER' && parkedEngine === null) {
        const [[{ partitions }]] = await db.query(
          'SELECT COUNT(*) AS partitions FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
          [front.database, table],
        );
        if (Number(partitions) !== shards.length)
          fail(
            `${table} is already sharded over ${partitions} shards, not ${shards.length}: ` +
              'resharding is not supported by this script',
          );
        console.log(`${table}: already on Spider over ${partitions} shards`);
        continue;
      }
      if (parkedEngine === null) {
        await db.query(`RENAME TABLE \`${table}\` TO \`${parked}\``);
        engineNow = null;
      }
      const [[show]] = await db.query(`SHOW CREATE TABLE \`${parked}\``);
      const original = show['Create Table'].replace(
        /^CREATE TABLE `[^`]+`/,
        `CREATE TABLE IF NOT EXISTS \`${table}\``,
      );
      for (const c of shardConnections) await c.query(original);
      if (engineNow === null)
        await db.query(spiderDefinition(show['Create Table'], table, column, servers));
      // INSERT IGNORE: rows a run cut short already moved are on their shard and stay there.
      const [moved] = await db.query(`INSERT IGNORE INTO \`${table}\` SELECT * FROM \`${parked}\``);
      await db.query(`DROP TABLE \`${parked}\``);
      console.log(
        `${table}: on Spider, partitioned by ${column} over ${shards.length} shards (${moved.affectedRows} rows moved)`,
      );
    }
  } finally {
    await db.end();
    await Promise.all(shardConnections.map((c) => c.end()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await main().catch((error) => fail(`shard:orders failed: ${error.message}`));
