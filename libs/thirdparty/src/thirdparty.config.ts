import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

const url = z
  .string()
  .url()
  .transform((u) => u.replace(/\/+$/, ''));

/** The third-party providers' variables (documented in .env.example; docs/thirdparty.md). */
export const THIRDPARTY_CONFIG = {
  // The carrier's merchant API and its name (the sandbox: npm run sandbox:carrier).
  CARRIER_URL: url.default('http://127.0.0.1:4040'),
  CARRIER_NAME: z.string().min(1).max(32).default('sandbox-express'),
  // The secret the carrier signs tracking notifications with (HMAC-SHA256).
  CARRIER_WEBHOOK_SECRET: z.string().min(16).default('sandbox-carrier-webhook-secret'),
  // The shop's public edge as the carrier reaches it: notifications go to
  // <CARRIER_NOTIFY_BASE_URL>/shipments/webhooks/carrier.
  CARRIER_NOTIFY_BASE_URL: url.default('http://127.0.0.1:3000'),
  IDENTITY_PROVIDER_URL: url.default('http://127.0.0.1:4050'),
  MODERATION_PROVIDER_URL: url.default('http://127.0.0.1:4060'),
  // Each provider call: how long one attempt may take, attempts in all, consecutive failed
  // attempts that open its circuit, and how long the circuit stays open before a trial call.
  THIRDPARTY_TIMEOUT_MS: configInteger(50, 60_000).default(3000),
  THIRDPARTY_ATTEMPTS: configInteger(1, 10).default(3),
  THIRDPARTY_BREAK_AFTER: configInteger(1, 100).default(5),
  THIRDPARTY_HALF_OPEN_AFTER_MS: configInteger(100, 600_000).default(10_000),
} satisfies ConfigFragment;

export type ThirdpartyConfig = ConfigOf<typeof THIRDPARTY_CONFIG>;
