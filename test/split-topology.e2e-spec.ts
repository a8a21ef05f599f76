import request from 'supertest';
import { mariadbDatabase } from './support/databases.js';
import { startMall } from './support/mall.js';
import { sqliteDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { usersApiSuite } from './users-api.suite.js';

/**
 * The split topology: the gateway and two user-service replicas as separate processes on
 * loopback, the users context on its own MariaDB database. The same suite as the monolith's,
 * then what only a split can show: one Swagger document for both, and a replica killed during
 * a read loop losing no request.
 */
const userDatabase = await mariadbDatabase('mall_user_e2e');
const paymentDatabase = sqliteDatabase();
let shop: SplitShop;

if (userDatabase) {
  beforeAll(async () => {
    // The payment-service too (and the apps it calls, on SQLite files of their own): the Swagger
    // suite expects 401 from the payment webhook, whose provider signature only it can check.
    shop = await startSplit({
      databases: { users: userDatabase.url, payment: paymentDatabase.url },
      replicas: 2,
    });
  }, 150_000);

  afterAll(async () => {
    await shop?.close();
    await userDatabase.drop();
    await paymentDatabase.drop();
  });

  usersApiSuite('gateway + 2 user-service replicas on MariaDB', () => shop);

  describe('split topology', () => {
    it('serves the same Swagger document as the monolith', async () => {
      const database = sqliteDatabase();
      const mall = await startMall(database.url);
      try {
        const monolith = (
          await request(mall.http as never)
            .get('/docs-json')
            .expect(200)
        ).body;
        const gateway = (await request(shop.http).get('/docs-json').expect(200)).body;
        // The IM's routes are served by the im-service itself, not through the gateway
        // (docs/im.md): the same document but for them.
        expect(Object.keys(gateway.paths as object).some((p) => p.startsWith('/im/'))).toBe(false);
        expect(withoutIm(gateway)).toEqual(withoutIm(monolith));
        expect(Object.keys(monolith.paths as object).some((p) => p.startsWith('/im/'))).toBe(true);
      } finally {
        await mall.close();
        await database.drop();
      }
    });

    it('loses no read when one of two replicas is killed (kill -9) during a read loop', async () => {
      const total = 1200;
      const killAt = 400;
      let sent = 0;
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let killed: Promise<void> | undefined;

      const worker = async () => {
        while (sent < total) {
          const i = sent++;
          if (i === killAt) killed = shop.users[1].kill();
          const res = await fetch(`${shop.http}/users/${1 + (i % 15)}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status !== 200 && failures.length < 5)
            failures.push(`${res.status} ${await res.text()}`);
        }
      };
      await Promise.all(Array.from({ length: 12 }, worker));
      await killed;

      expect(shop.users[1].killedBy).toBe('SIGKILL');
      expect(failures).toEqual([]);
      expect(Object.fromEntries(statuses)).toEqual({ 200: total });
    }, 60_000);
  });
} else {
  it.skip('split topology: no MariaDB, see the warning above', () => undefined);
}

/** An OpenAPI document without the IM's paths, and without the schemas only they used. */
function withoutIm(document: Record<string, unknown>): Record<string, unknown> {
  const doc = structuredClone(document) as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
    tags?: { name: string }[];
  };
  for (const path of Object.keys(doc.paths)) if (path.startsWith('/im/')) delete doc.paths[path];
  if (doc.tags) doc.tags = doc.tags.filter((t) => t.name !== 'im');
  // Keep the schemas reachable from what is left.
  const kept = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') {
        const name = inner.replace('#/components/schemas/', '');
        if (!kept.has(name)) {
          kept.add(name);
          visit(doc.components.schemas[name]);
        }
      } else visit(inner);
    }
  };
  visit(doc.paths);
  for (const name of Object.keys(doc.components.schemas))
    if (!kept.has(name)) delete doc.components.schemas[name];
  return doc;
}
