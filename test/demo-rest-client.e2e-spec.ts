import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sqliteDatabase } from './support/databases.js';
import { freePort, startMall, type InProcessShop } from './support/mall.js';

/** `npm run demo:rest-client`, the course's test service, against a running monolith. */
describe('the course REST client (npm run demo:rest-client)', () => {
  const database = sqliteDatabase();
  const script = join(import.meta.dirname, '../scripts/demo-rest-client.mjs');
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
});
