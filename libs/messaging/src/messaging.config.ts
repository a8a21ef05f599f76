import { z } from 'zod';
import { configInteger, type ConfigFragment, type ConfigOf } from '@nestmall/ports/platform';

/** The messaging variables. Integration events between services go over RabbitMQ (split
 * topology); the monolith dispatches them in-process and reads only the last two. */
export const MESSAGING_CONFIG = {
  RABBITMQ_URL: z
    .string()
    .regex(/^amqps?:\/\/.+/, 'must be amqp://user:pass@host:5672')
    .default('amqp://guest:guest@127.0.0.1:5672'),
  RABBITMQ_PREFIX: z
    .string()
    .regex(/^[a-z0-9._-]{1,40}$/, 'must be 1 to 40 of a-z 0-9 . _ -')
    .default('nestmall'),
  RABBITMQ_QUEUE_TYPE: z.enum(['classic', 'quorum']).default('classic'),
  MESSAGE_MAX_ATTEMPTS: configInteger(1, 50).default(5),
  OUTBOX_RELAY_INTERVAL_MS: configInteger(20, 60_000).default(500),
  /** The relay's longest wait between polls while nothing is due (each empty poll doubles it). */
  OUTBOX_RELAY_IDLE_MS: configInteger(20, 60_000).default(4_000),
} satisfies ConfigFragment;

export type MessagingConfig = ConfigOf<typeof MESSAGING_CONFIG>;
