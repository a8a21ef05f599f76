#!/usr/bin/env node
// `npm run sandbox:payments`: the two sandbox payment providers (card-style and wallet-style,
// scripts/sandbox/payment-provider.mjs) as separate HTTP processes, where the shop's defaults
// look for them: PAYMENT_CARD_URL (http://127.0.0.1:4010) and PAYMENT_WALLET_URL
// (http://127.0.0.1:4020), signing with PAYMENT_CARD_WEBHOOK_SECRET and
// PAYMENT_WALLET_WEBHOOK_SECRET (the shop's sandbox defaults). Start it beside `npm start` or
// `npm run start:split` (which starts it itself); Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const script = resolve(import.meta.dirname, 'payment-provider.mjs');
const providers = [
  [
    'card',
    process.env.PAYMENT_CARD_URL ?? 'http://127.0.0.1:4010',
    process.env.PAYMENT_CARD_WEBHOOK_SECRET ?? 'sandbox-card-webhook-secret',
  ],
  [
    'wallet',
    process.env.PAYMENT_WALLET_URL ?? 'http://127.0.0.1:4020',
    process.env.PAYMENT_WALLET_WEBHOOK_SECRET ?? 'sandbox-wallet-webhook-secret',
  ],
];
const children = providers.map(([style, url, secret]) => {
  const { hostname, port } = new URL(url);
  return spawn(process.execPath, [script], {
    stdio: 'inherit',
    env: {
      ...process.env,
      SANDBOX_STYLE: style,
      SANDBOX_WEBHOOK_SECRET: secret,
      HOST: hostname,
      PORT: port,
    },
  });
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => children.forEach((c) => c.kill('SIGTERM')));
await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
