import { z } from 'zod';
import {
  configInteger,
  type ConfigFragment,
  type ConfigOf,
  type ProcessLocalSetting,
} from '@nestmall/ports/platform';

/** The verification context's variables (documented in .env.example). */
export const VERIFICATION_CONFIG = {
  // Keys the codes' HMAC and the sealing of codes in the outbox. Unset: a random secret per
  // process (development only; refused with NODE_ENV=production): codes and queued messages do
  // not survive a restart then, and replicas do not share them.
  VERIFICATION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Where codes and send counters live: memory (one process: the monolith) or redis (REDIS_URL,
  // shared by every replica: the split topology).
  VERIFICATION_CODE_STORE: z.enum(['memory', 'redis']).default('memory'),
  VERIFICATION_CODE_TTL_SECONDS: configInteger(2, 3600).default(300),
  // Attempts one code allows; a wrong one past this voids the code.
  VERIFICATION_MAX_ATTEMPTS: configInteger(1, 10).default(5),
  // Seconds before another code may be sent to the same destination.
  VERIFICATION_RESEND_COOLDOWN_SECONDS: configInteger(1, 3600).default(60),
  VERIFICATION_MAX_PER_DESTINATION_PER_HOUR: configInteger(1, 1000).default(5),
  VERIFICATION_MAX_PER_CLIENT_PER_HOUR: configInteger(1, 100_000).default(30),
  // E-mail: an SMTP server (smtp://host:port, smtps:// for TLS; user:password@ for AUTH).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be smtp://host:port or smtps://host:port')
    .default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('nestmall <no-reply@nestmall.local>'),
  // SMS: the HTTP provider's base URL (POST /messages).
  SMS_PROVIDER_URL: z
    .string()
    .regex(/^https?:\/\/.+/, 'must be http(s)://host:port')
    .default('http://127.0.0.1:4030'),
  // How long one send may take before it fails (and is retried by the consumer). The send runs
  // inside the consumer's unit of work (on SQLite: the one writer), so keep it short.
  VERIFICATION_SEND_TIMEOUT_MS: configInteger(100, 120_000).default(5000),
} satisfies ConfigFragment;

export type VerificationConfig = ConfigOf<typeof VERIFICATION_CONFIG>;

/** What keeps codes in one process: the memory store, and a random secret per process. */
export const VERIFICATION_PROCESS_LOCAL: readonly ProcessLocalSetting[] = [
  {
    variable: 'VERIFICATION_CODE_STORE',
    problem: (value) =>
      (value ?? 'memory') === 'memory' ? 'VERIFICATION_CODE_STORE=memory (set redis)' : undefined,
  },
  {
    variable: 'VERIFICATION_SECRET',
    problem: (value) =>
      value === undefined ? 'VERIFICATION_SECRET unset (a random one per process)' : undefined,
  },
];
