import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sqliteDatabase } from './support/databases.js';
import { freePort, startMall, type InProcessShop } from './support/mall.js';

/** The course's demos against a running monolith: demo:rest-client and demo:orders. */
describe('the course demos', () => {
  const database = sqliteDatabase();
  const script = join(import.meta.dirname, '../scripts/demo-rest-client.mjs');
  const ordersScript = join(import.meta.dirname, '../scripts/demo-orders.mjs');
  let shop: InProcessShop;
  let url: string;

  beforeAll(async () => {
    shop = await startMall(database.url);
    const port = await freePort();
    await shop.app.listen(port, '127.0.0.1');
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });

  it('prints the list and random users, and exits 0', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [script, '--count', '3', '--interval-ms', '10'],
      {
        env: { ...process.env, SHOP_URL: url },
      },
    );
    expect(stdout).toContain('GET /user/list?pageNum=1&pageSize=5 -> 200 OK');
    expect(stdout.match(/GET \/user\/info\/\d+ -> 200 OK/g)).toHaveLength(3);
    expect(stdout).toMatch(/"user_name": "test\d+"/);
    expect(stdout).not.toMatch(/password|user_pwd|argon2/);
  });

  it('says clearly when no shop answers, and exits 1', async () => {
    const run = promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, SHOP_URL: `http://127.0.0.1:${await freePort()}` },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no shop answering at/),
    });
  });

  it('demo:orders places 50 random one-unit orders and sells exactly 50 units', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [ordersScript], {
      env: { ...process.env, SHOP_URL: url },
      timeout: 90_000,
    });
    const sold = (title: string) =>
      stdout
        .split(title)[1]
        .split('\n')
        .slice(1, 11)
        .reduce((sum, line) => sum + Number(/sold (\d+)/.exec(line)![1]), 0);
    expect(sold('stock after:') - sold('stock before:')).toBe(50);
    expect(stdout).toContain('50 orders: 50 created, 0 refused');
  }, 90_000);
});
