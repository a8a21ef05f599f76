import { sqliteDatabase } from './support/databases.js';
import { monolithForSuite, startMall } from './support/mall.js';
import { baseUrlOf } from './support/raw-http.js';
import { HARDENING_ENV, httpHardeningSuite } from './http-hardening.suite.js';

// The monolith on SQLite: limits kept in this process's memory.
httpHardeningSuite('monolith', monolithForSuite(sqliteDatabase(), HARDENING_ENV), {
  startVariant: async (env) => {
    const database = sqliteDatabase();
    // startMall sets process.env for the app it builds; the next one must not inherit these.
    const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const mall = await startMall(database.url, { ...HARDENING_ENV, ...env }).finally(() => {
      for (const [key, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });
    return {
      url: await baseUrlOf(mall.http),
      close: async () => {
        await mall.close();
        await database.drop();
      },
    };
  },
});
