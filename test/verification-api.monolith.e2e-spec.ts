import { sqliteDatabase } from './support/databases.js';
import { monolithForSuite } from './support/mall.js';
import { startSandboxes, type Sandboxes } from './support/sandboxes.js';
import { VERIFICATION_TEST_ENV, verificationApiSuite } from './verification-api.suite.js';

// The monolith on SQLite: codes in memory, messages through the in-process outbox to the real
// SMTP sink and sandbox SMS provider (their own processes).
let sandboxes: Sandboxes;
beforeAll(async () => {
  sandboxes = await startSandboxes();
  Object.assign(process.env, sandboxes.env);
});
afterAll(() => sandboxes?.stop());

const database = sqliteDatabase();
const shop = monolithForSuite(database, {
  ...VERIFICATION_TEST_ENV,
  OUTBOX_RELAY_INTERVAL_MS: '100',
});
verificationApiSuite(
  'monolith on SQLite',
  shop,
  () => sandboxes,
  () => ({
    users: shop().grpcUrl,
    verification: shop().grpcUrl,
  }),
);
