import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

const secret = z.string().min(16, 'must be at least 16 characters');

/**
 * The payment context's variables: where each provider's API is, the secret it signs
 * notifications with, and the public address providers post notifications to. The defaults
 * point at the sandbox providers (scripts/sandbox/payment-provider.mjs) on loopback; their
 * secrets are the sandbox's, not for a real provider.
 */
export const PAYMENT_CONFIG = {
  PAYMENT_CARD_URL: z.string().url().default('http://127.0.0.1:4010'),
  PAYMENT_CARD_WEBHOOK_SECRET: secret.default('sandbox-card-webhook-secret'),
  PAYMENT_WALLET_URL: z.string().url().default('http://127.0.0.1:4020'),
  PAYMENT_WALLET_WEBHOOK_SECRET: secret.default('sandbox-wallet-webhook-secret'),
  // The shop's public edge as providers reach it: notifications go to
  // <PAYMENT_NOTIFY_BASE_URL>/payments/webhooks/<card|wallet>.
  PAYMENT_NOTIFY_BASE_URL: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://127.0.0.1:3000'),
  PAYMENT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY')
    .default('CNY'),
  PAYMENT_PROVIDER_TIMEOUT_MS: configInteger(100, 60_000).default(5000),
} satisfies ConfigFragment;

export type PaymentConfig = ConfigOf<typeof PAYMENT_CONFIG>;
