import { randomBytes } from 'node:crypto';
import { Logger, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@nestmall/platform';
import { CheckCode } from './application/check-code.js';
import { CodeStore } from './application/code-store.js';
import { IssueCode } from './application/issue-code.js';
import { EmailSender, SmsSender } from './application/message-senders.js';
import { VerificationMessageSenderHandler } from './application/verification-message-sender.handler.js';
import { VerificationMessages } from './application/verification-messages.js';
import { VerificationSettings } from './application/verification-settings.js';
import { InProcessVerificationClient } from './client/in-process-verification.client.js';
import { VerificationClient } from './client/verification.client.js';
import { CodeCrypto } from './domain/code-crypto.js';
import { HmacCodeCrypto } from './infrastructure/hmac-code-crypto.js';
import { HttpSmsSender } from './infrastructure/http-sms-sender.js';
import { MemoryCodeStore } from './infrastructure/memory-code-store.js';
import { OutboxVerificationMessages } from './infrastructure/outbox-verification-messages.js';
import { RedisCodeStore } from './infrastructure/redis-code-store.js';
import { SmtpEmailSender } from './infrastructure/smtp-email-sender.js';
import { VerificationGrpcController } from './interface/grpc/verification.grpc-controller.js';
import { VerificationHttpController } from './interface/http/verification.http-controller.js';
import type { VerificationConfig } from './verification.config.js';

type Config = ConfigService<AppConfig & VerificationConfig, true>;

function secretOf(config: Config): string {
  const secret = config.get('VERIFICATION_SECRET', { infer: true });
  if (secret) return secret;
  if (config.get('NODE_ENV', { infer: true }) === 'production')
    throw new Error('VERIFICATION_SECRET must be set with NODE_ENV=production');
  // Debug, not a warning: the embedded default must start quietly (.env.example says it).
  new Logger('verification').debug(
    'VERIFICATION_SECRET is unset: a random one for this process (codes die with it)',
  );
  return randomBytes(32).toString('base64url');
}

const adapters = [
  {
    provide: VerificationSettings,
    inject: [ConfigService],
    useFactory: (config: Config): VerificationSettings => ({
      codeTtlMs: config.get('VERIFICATION_CODE_TTL_SECONDS', { infer: true }) * 1000,
      maxAttempts: config.get('VERIFICATION_MAX_ATTEMPTS', { infer: true }),
      limits: {
        cooldownMs: config.get('VERIFICATION_RESEND_COOLDOWN_SECONDS', { infer: true }) * 1000,
        perDestinationPerHour: config.get('VERIFICATION_MAX_PER_DESTINATION_PER_HOUR', {
          infer: true,
        }),
        perClientPerHour: config.get('VERIFICATION_MAX_PER_CLIENT_PER_HOUR', { infer: true }),
      },
    }),
  },
  {
    provide: CodeCrypto,
    inject: [ConfigService],
    useFactory: (config: Config) => new HmacCodeCrypto(secretOf(config)),
  },
  {
    provide: CodeStore,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      config.get('VERIFICATION_CODE_STORE', { infer: true }) === 'redis'
        ? new RedisCodeStore(
            config.get('REDIS_URL', { infer: true }),
            config.get('REDIS_KEY_PREFIX', { infer: true }),
          )
        : new MemoryCodeStore(),
  },
  {
    provide: EmailSender,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      new SmtpEmailSender(
        config.get('SMTP_URL', { infer: true }),
        config.get('MAIL_FROM', { infer: true }),
        config.get('VERIFICATION_SEND_TIMEOUT_MS', { infer: true }),
      ),
  },
  {
    provide: SmsSender,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      new HttpSmsSender(
        config.get('SMS_PROVIDER_URL', { infer: true }),
        config.get('VERIFICATION_SEND_TIMEOUT_MS', { infer: true }),
      ),
  },
  { provide: VerificationMessages, useClass: OutboxVerificationMessages },
];

/**
 * The verification context: codes (store, hashing, limits), their messages (outbox, sender
 * handler, SMTP and SMS adapters) and its gRPC side. Exports VerificationClient (in-process).
 * Needs the app's DatabaseModule and MessagingModule (the outbox and the bus).
 */
@Module({
  controllers: [VerificationGrpcController],
  providers: [
    IssueCode,
    CheckCode,
    VerificationMessageSenderHandler,
    ...adapters,
    { provide: VerificationClient, useClass: InProcessVerificationClient },
  ],
  exports: [VerificationClient],
})
export class VerificationModule {}

/** The verification REST route, over whichever VerificationClient the app provides. */
@Module({})
export class VerificationHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: VerificationHttpModule,
      imports: client.imports,
      controllers: [VerificationHttpController],
    };
  }
}
