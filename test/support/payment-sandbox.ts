import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import request from 'supertest';
import { freePort, startMall, type InProcessShop } from './mall.js';
import { startSplit, type SplitOptions, type SplitShop } from './split.js';
import type { TestDatabase } from './databases.js';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/sandbox/payment-provider.mjs');

export interface SandboxProvider {
  style: 'card' | 'wallet';
  url: string;
  secret: string;
  child: ChildProcess;
}

/** The two sandbox providers as real HTTP processes, and the shop's variables that reach them. */
export interface PaymentSandboxes {
  card: SandboxProvider;
  wallet: SandboxProvider;
  /** PAYMENT_CARD_URL, PAYMENT_CARD_WEBHOOK_SECRET, PAYMENT_WALLET_URL, ... */
  env: Record<string, string>;
  /** Every notification attempt a provider made. */
  deliveries(
    style: 'card' | 'wallet',
  ): Promise<{ payment: string; status: string; attempt: number; answer: number | string }[]>;
  close(): Promise<void>;
}

/**
 * Starts scripts/sandbox/payment-provider.mjs twice (card and wallet) on free ports with fresh
 * secrets; `retryBaseMs` is the first webhook retry's delay (doubling after).
 */
export async function startPaymentSandboxes(retryBaseMs = 200): Promise<PaymentSandboxes> {
  const start = async (style: 'card' | 'wallet'): Promise<SandboxProvider> => {
    const port = await freePort();
    const secret = randomBytes(24).toString('hex');
    const child = spawn(process.execPath, [SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        SANDBOX_STYLE: style,
        SANDBOX_WEBHOOK_SECRET: secret,
        PORT: String(port),
        HOST: '127.0.0.1',
        SANDBOX_RETRY_BASE_MS: String(retryBaseMs),
        SANDBOX_RETRY_MAX_MS: '2000',
        SANDBOX_MAX_ATTEMPTS: '200',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`sandbox ${style} exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`sandbox ${style} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { style, url, secret, child };
  };
  const [card, wallet] = await Promise.all([start('card'), start('wallet')]);
  const stop = (p: SandboxProvider) =>
    new Promise<void>((done) => {
      if (p.child.exitCode !== null) return done();
      p.child.once('exit', () => done());
      p.child.kill('SIGTERM');
    });
  return {
    card,
    wallet,
    env: {
      PAYMENT_CARD_URL: card.url,
      PAYMENT_CARD_WEBHOOK_SECRET: card.secret,
      PAYMENT_WALLET_URL: wallet.url,
      PAYMENT_WALLET_WEBHOOK_SECRET: wallet.secret,
    },
    deliveries: async (style) =>
      (await fetch(`${(style === 'card' ? card : wallet).url}/sandbox/deliveries`)).json() as never,
    close: async () => {
      await Promise.all([stop(card), stop(wallet)]);
    },
  };
}

type Http = () => ReturnType<typeof request>;

/** Waits until `check` holds (10 s at most). */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  ms = 15_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Pays an order the way a buyer does: POST /payments for the checkout URL, "Pay" on the
 * provider's checkout page (a real HTTP request to the sandbox), then the provider's signed
 * webhook reaches the shop; resolves when the order is PAID. Returns the payment.
 */
export async function payThroughSandbox(
  http: Http,
  token: string,
  orderId: number,
  method: 'card' | 'wallet' = 'card',
): Promise<{ payment_id: string; checkout_url: string }> {
  const started = await http()
    .post('/payments')
    .set('authorization', `Bearer ${token}`)
    .send({ order_id: orderId, method });
  if (started.status !== 201)
    throw new Error(`POST /payments: ${started.status} ${JSON.stringify(started.body)}`);
  const approved = await fetch(`${started.body.checkout_url}/approve`, { method: 'POST' });
  if (!approved.ok) throw new Error(`approve: ${approved.status} ${await approved.text()}`);
  await eventually(
    async () =>
      (await http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`)).body
        .status === 'PAID',
    `order ${orderId} PAID`,
  );
  return started.body;
}

/** monolithForSuite's paying twin: the monolith and its sandboxes for one describe block. */
export function payingMonolithForSuite(
  database: TestDatabase,
  env: Record<string, string> = {},
): () => InProcessShop {
  let shop: InProcessShop | undefined;
  beforeAll(async () => {
    shop = await startPayingMall(database.url, env);
  });
  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });
  return () => shop!;
}

/**
 * The monolith with the two sandbox providers, listening on a free port (their webhooks reach
 * it there; the suites still call it in-process). close() stops all three.
 */
export function startPayingMall(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<InProcessShop & { sandboxes: PaymentSandboxes }> {
  return withSandboxes(async (sandboxes) => {
    const port = await freePort();
    return startMall(databaseUrl, {
      ...sandboxes.env,
      PORT: String(port),
      PAYMENT_NOTIFY_BASE_URL: `http://127.0.0.1:${port}`,
      ...env,
    });
  });
}

/**
 * The split topology with the payment-service and the two sandbox providers (their webhooks
 * reach the gateway). close() stops them all.
 */
export function startPayingSplit(
  options: SplitOptions,
): Promise<SplitShop & { sandboxes: PaymentSandboxes }> {
  return withSandboxes((sandboxes) =>
    startSplit({ ...options, env: { ...sandboxes.env, ...options.env } }),
  );
}

/** A shop started beside fresh sandboxes; its close() stops them too (as does a failed start). */
async function withSandboxes<S extends { close(): Promise<void> }>(
  start: (sandboxes: PaymentSandboxes) => Promise<S>,
): Promise<S & { sandboxes: PaymentSandboxes }> {
  const sandboxes = await startPaymentSandboxes();
  try {
    const shop = await start(sandboxes);
    return {
      ...shop,
      sandboxes,
      close: async () => {
        await shop.close();
        await sandboxes.close();
      },
    };
  } catch (error) {
    await sandboxes.close();
    throw error;
  }
}
