// Counts the SQL statements one placed order costs the monolith on MariaDB (ORDER_CONSISTENCY
// from the environment, tcc by default): every statement TypeORM sends (DATABASE_LOGGING, the
// Database logger's lines), over N orders placed one after another, once the outbox is relayed
// and every consumer has handled its events; the relay's and recovery worker's idle polls are
// counted apart. Also the server's Com_* counters around the same burst (global: other clients
// of the server add to them). Needs `npm run build`; SHOW_STATEMENTS=1 prints each statement.
//   node bench/statements-per-order.mjs [orders=50]     (REFUSED=1: orders the inventory refuses;
//   CONCURRENT=n: n orders at a time, which ORDER_GROUP_COMMIT=on commits in groups)
import { join } from 'node:path';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import mysql from 'mysql2/promise';
import { createDatabase } from './lib/mysql.mjs';

const orders = Number(process.argv[2] ?? 50);
const root = join(import.meta.dirname, '..');
const database = await createDatabase('statements');
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: database.url,
  DATABASE_LOGGING: 'true',
  LOG_LEVEL: 'debug',
  GRPC_URL: `127.0.0.1:${port}`,
  JWT_SECRET: 'statements-per-order-secret-0123456789',
  SEED_DEMO_DATA: 'true',
  OUTBOX_RELAY_INTERVAL_MS: '50',
});
let statements = 0;
/** The relay's and the recovery worker's polls: their number follows the clock, not the orders. */
let polls = 0;
/** COMMITs TypeORM sent (a unit of work's, a group's). */
let commits = 0;
const POLL = /^SELECT .* FROM `(messaging_outbox|tcc_global_tx)`/;
let recording = false;
const show = process.env.SHOW_STATEMENTS === '1';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk) => {
  for (const raw of String(chunk).split('\n'))
    if (/\bDatabase\b/.test(raw)) {
      const line = stripVTControlCharacters(raw).replace(/^.*Database\W*/, '');
      statements++;
      if (POLL.test(line)) polls++;
      if (/^(query: )?COMMIT\b/.test(line)) commits++;
      if (show && recording) write(line + '\n');
    }
  return true;
};
const { createMallApp } = await import(join(root, 'dist/apps/mall/src/mall.app.js'));
const app = await createMallApp();
await app.startAllMicroservices();
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
// REFUSED=1: the warm-up order takes 99 of the 100 units of both SKUs, so every counted order
// (99 of each again) is refused by the inventory: the hot-SKU path without the gate.
const refused = process.env.REFUSED === '1';
const quantity = refused ? 99 : 1;
const post = async (path, body, headers = {}, expected = 200) => {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (response.status >= 300 && response.status !== expected)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const { access_token } = await post('/auth/login', { user_name: 'test1', password: '123456' });
const place = (i) =>
  post(
    '/orders',
    {
      items: [
        { sku_id: 'T00100', quantity },
        { sku_id: 'T00101', quantity },
      ],
    },
    { authorization: `Bearer ${access_token}`, 'idempotency-key': `count-${i}-${Date.now()}` },
    refused ? 409 : 200,
  );
const server = await mysql.createConnection({ uri: database.url });
const com = async () => {
  const [rows] = await server.query("SHOW GLOBAL STATUS LIKE 'Com\\_%'");
  return Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
};
const settle = () => new Promise((r) => setTimeout(r, 1500));
await place('warm');
await settle();
recording = true;
const before = { statements, polls, commits, com: await com() };
const concurrent = Math.max(1, Number(process.env.CONCURRENT ?? 1));
for (let i = 0; i < orders; i += concurrent)
  await Promise.all(
    Array.from({ length: Math.min(concurrent, orders - i) }, (_, j) => place(i + j)),
  );
await settle();
const after = { statements, polls, commits, com: await com() };
const counted = after.statements - before.statements;
const polled = after.polls - before.polls;
const changed = Object.entries(after.com)
  .map(([k, v]) => [k, (v - before.com[k]) / orders])
  .filter(([, v]) => v >= 0.05)
  .sort((a, b) => b[1] - a[1]);
write(
  `orders: ${orders}, ${concurrent} at a time (${process.env.ORDER_CONSISTENCY ?? 'tcc'}` +
    `${process.env.ORDER_GROUP_COMMIT === 'on' ? ', group commit' : ''}${refused ? ', refused' : ''})\n`,
);
write(
  `statements per order (TypeORM): ${(counted / orders).toFixed(2)}, of which polls ${(polled / orders).toFixed(2)}\n`,
);
write(`statements per order without polls: ${((counted - polled) / orders).toFixed(2)}\n`);
write(`COMMITs per order (TypeORM): ${((after.commits - before.commits) / orders).toFixed(2)}\n`);
write(`server Com_* per order (global; includes other clients and the 2 SHOW STATUS):\n`);
for (const [k, v] of changed) write(`  ${k} ${v.toFixed(2)}\n`);
await server.end();
await app.close();
await database.drop();
process.exit(0);
