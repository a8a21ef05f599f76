import { SignJWT } from 'jose';
import fc from 'fast-check';
import { sqliteDatabase } from './support/databases.js';
import { monolithForSuite } from './support/mall.js';
import { startPaymentSandboxes } from './support/payment-sandbox.js';
import { startThirdpartySandboxes } from './support/sandboxes.js';
import { requestsOf, type FuzzRequest, type OpenApiDocument } from './support/openapi-requests.js';
import { baseUrlOf } from './support/raw-http.js';
import type { ShopUnderTest } from './support/shop.js';
import { fuzzedSplitForSuite } from './support/split.js';

/**
 * Walks the OpenAPI document (GET /docs-json) and sends generated and mutated requests to every
 * route (fast-check: seeded, a fixed number of runs, a time limit), with no token, a user's, a
 * forged one, and the admin token: no answer may be a 5xx, every error must be in the one error
 * format, and the shop must answer normally at the end. On the monolith and the split gateway.
 * FUZZ_SEED and FUZZ_RUNS change the run; a failure prints the seed and the request to replay.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TIME_LIMIT_MS = 45_000;

interface Run {
  sent: number;
  ms: number;
  statuses: Record<number, number>;
}

async function fuzz(shop: ShopUnderTest, name: string): Promise<Run> {
  const base = await baseUrlOf(shop.http);
  const doc = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_name: 'test1', password: '123456' }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const forged = await new SignJWT({ name: 'test2' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('2')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('not-the-shop-secret-not-the-shop-secret'));

  const run: Run = { sent: 0, ms: 0, statuses: {} };
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(requestsOf(doc), async (req) => {
      const res = await send(base, req, { user: token, forged, admin: shop.adminToken });
      run.sent++;
      run.statuses[res.status] = (run.statuses[res.status] ?? 0) + 1;
      const text = await res.text();
      const where = `${req.route} as ${req.url} (${req.credentials}): ${res.status} ${text.slice(0, 300)}`;
      if (res.status >= 500) throw new Error(`5xx: ${where}`);
      if (res.status >= 400 && !isErrorBody(text, res.status))
        throw new Error(`not the error format: ${where}`);
    }),
    { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
  );
  run.ms = Date.now() - started;
  console.log(
    `http fuzz (${name}): ${run.sent} requests in ${(run.ms / 1000).toFixed(1)} s, seed ${SEED}, ` +
      `statuses ${JSON.stringify(run.statuses)}`,
  );
  // Still up, and still right.
  // User 3: the fuzz holds test1's token, and the Swagger examples carry test1's password, so a
  // generated DELETE /users/me or password change may legitimately remove or change user 1.
  expect((await fetch(`${base}/users/3`)).status).toBe(200);
  expect((await fetch(`${base}/docs-json`)).status).toBe(200);
  return run;
}

function send(
  base: string,
  req: FuzzRequest,
  tokens: { user: string; forged: string; admin: string },
): Promise<Response> {
  const headers = { ...req.headers };
  if (req.credentials === 'user' || req.credentials === 'admin')
    headers.authorization = `Bearer ${tokens.user}`;
  if (req.credentials === 'forged') headers.authorization = `Bearer ${tokens.forged}`;
  if (req.credentials === 'admin') headers['x-admin-token'] = tokens.admin;
  return fetch(`${base}${req.url}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' ? undefined : req.body,
    signal: AbortSignal.timeout(20_000),
  });
}

function isErrorBody(text: string, status: number): boolean {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return (
      Object.keys(body).sort().join() === 'error,message,path,status,timestamp' &&
      body.status === status &&
      typeof body.message === 'string' &&
      body.message.length > 0 &&
      typeof body.path === 'string'
    );
  } catch {
    return false;
  }
}

// POST /payments and PUT /users/me/identity reach a provider: the sandboxes answer them (without
// them it is a 503).
const paymentSandboxes = await startPaymentSandboxes();
const thirdpartySandboxes = await startThirdpartySandboxes();
const sandboxes = { env: { ...paymentSandboxes.env, ...thirdpartySandboxes.env } };
afterAll(() => Promise.all([paymentSandboxes.close(), thirdpartySandboxes.stop()]));

describe('HTTP fuzz: the monolith', () => {
  const shop = monolithForSuite(sqliteDatabase(), sandboxes.env);

  it('answers generated and mutated requests to every route without a 5xx, errors in the format', async () => {
    const run = await fuzz(shop(), 'monolith');
    expect(run.sent).toBeGreaterThan(100);
  }, 120_000);
});

describe('HTTP fuzz: the split gateway', () => {
  const shop = fuzzedSplitForSuite(sandboxes.env);

  it('answers generated and mutated requests to every route without a 5xx, errors in the format', async () => {
    const run = await fuzz(shop(), 'split gateway');
    expect(run.sent).toBeGreaterThan(100);
  }, 120_000);
});
