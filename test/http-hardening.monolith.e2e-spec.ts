import { sqliteDatabase } from './support/databases.js';
import { freePort, monolithForSuite } from './support/mall.js';
import { Cluster, httpOk } from './support/processes.js';
import { HARDENING_ENV, httpHardeningSuite } from './http-hardening.suite.js';

// The monolith on SQLite: limits kept in this process's memory. Variants (other settings,
// signals) run the built monolith as a process of their own (npm run build).
const cluster = new Cluster();
afterAll(() => cluster.stopAll());

httpHardeningSuite('monolith', monolithForSuite(sqliteDatabase(), HARDENING_ENV), {
  startVariant: async (env) => {
    const database = sqliteDatabase();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const mall = await cluster.start(
      'mall-variant',
      'mall',
      {
        ...HARDENING_ENV,
        DATABASE_URL: database.url,
        GRPC_URL: `127.0.0.1:${await freePort()}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...env,
      },
      httpOk(`${url}/users/1`),
    );
    return {
      url,
      signal: (s) => mall.child!.kill(s),
      close: async () => {
        await mall.kill('SIGTERM');
        await database.drop();
      },
    };
  },
});
