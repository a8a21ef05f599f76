import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall, type InProcessShop } from './support/mall.js';

/**
 * `npm run backup`: a backup taken while the shop runs, then a restore after the shop stopped,
 * brings back exactly what was committed before the backup (an order placed after it is gone)
 * and the books are clean. On SQLite (the online backup) and on MariaDB (mariadb-dump).
 */
const script = join(import.meta.dirname, '../scripts/backup.mjs');
const backup = (...args: string[]) =>
  promisify(execFile)(process.execPath, [script, ...args], { timeout: 60_000 });

const http = (shop: InProcessShop) => request(shop.app.getHttpServer());

async function logIn(shop: InProcessShop): Promise<string> {
  const login = await http(shop)
    .post('/auth/login')
    .send({ user_name: 'test1', password: '123456' })
    .expect(200);
  return (login.body as { access_token: string }).access_token;
}

async function placeOrder(shop: InProcessShop, sku: string, quantity: number): Promise<number> {
  const token = await logIn(shop);
  const order = await http(shop)
    .post('/orders')
    .set('authorization', `Bearer ${token}`)
    .send({ items: [{ sku_id: sku, quantity }] })
    .expect(201);
  return (order.body as { order_id: number }).order_id;
}

async function stock(
  shop: InProcessShop,
  sku: string,
): Promise<{ available: number; sold: number }> {
  return (await http(shop).get(`/skus/${sku}/stock`).expect(200)).body as {
    available: number;
    sold: number;
  };
}

function backupAndRestore(label: string, open: () => Promise<TestDatabase | null>): void {
  describe(label, () => {
    let database: TestDatabase | null = null;
    let shop: InProcessShop | undefined;
    const dir = join(mkdtempSync(join(tmpdir(), 'nestmall-backup-')), 'backup');

    beforeAll(async () => {
      database = await open();
    });

    afterAll(async () => {
      await shop?.close();
      await database?.drop();
      rmSync(join(dir, '..'), { recursive: true, force: true });
    });

    it('restores what was committed before the backup, and the books are clean', async () => {
      if (!database) return;
      shop = await startMall(database.url);
      const before = await placeOrder(shop, 'T00103', 2);

      const created = await backup('create', '--to', dir, database.url);
      expect(created.stdout).toMatch(/1 database\(s\) in /);
      expect(created.stdout).not.toMatch(/:[^:@/]+@/); // no password printed

      const after = await placeOrder(shop, 'T00103', 3);
      expect(await stock(shop, 'T00103')).toMatchObject({ available: 95, sold: 5 });
      await shop.close();
      shop = undefined;

      await expect(backup('restore', '--from', dir, database.url)).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/--force/),
      });
      const restored = await backup('restore', '--from', dir, '--force', database.url);
      expect(restored.stdout).toContain('1 database(s) restored');

      shop = await startMall(database.url);
      expect(await stock(shop, 'T00103')).toMatchObject({ available: 98, sold: 2 });
      const orders = await http(shop)
        .get('/orders')
        .set('authorization', `Bearer ${await logIn(shop)}`);
      const ids = JSON.stringify(orders.body);
      expect(orders.status).toBe(200);
      expect(ids).toContain(`"order_id":${before}`);
      expect(ids).not.toContain(`"order_id":${after}`);
      const invariants = await http(shop)
        .get('/admin/invariants')
        .set('x-admin-token', shop.adminToken)
        .expect(200);
      expect(invariants.body).toMatchObject({ problems: [], unfinished_transactions: [] });
    }, 120_000);

    it('refuses a backup whose file no longer matches its checksum', async () => {
      if (!database) return;
      await expect(backup('verify', '--from', dir)).resolves.toMatchObject({
        stdout: expect.stringMatching(/checksums match/),
      });
      const file =
        database.kind === 'sqlite' ? 'nestmall.sqlite' : `${database.url.split('/').at(-1)}.sql`;
      appendFileSync(join(dir, file), 'tampered');
      await expect(backup('verify', '--from', dir)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/does not match its checksum/),
      });
    });
  });
}

describe('npm run backup', () => {
  backupAndRestore('the monolith on SQLite', async () => sqliteDatabase());
  backupAndRestore('the monolith on MariaDB', () => mariadbDatabase('backup'));

  it('says how to use it, exit 2', async () => {
    await expect(backup('create')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^usage: npm run backup/),
    });
  });
});
