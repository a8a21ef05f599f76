import type { ContextDefinition } from '@nestmall/platform';
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
import { CreateDeadLetters1764130000000 } from './migrations/1764130000000-create-dead-letters.js';
import { OutboxBatches1764920000000 } from './migrations/1764920000000-outbox-batches.js';
import { MESSAGING_CONFIG } from './messaging.config.js';
import { MessagingModule } from './messaging.module.js';

export const MESSAGING_MIGRATIONS = [
  CreateMessaging1764100000000,
  CreateDeadLetters1764130000000,
  OutboxBatches1764920000000,
];

/**
 * Messaging composed like a context (its tables, its variables) on the transport the app
 * chooses: in-process (the monolith) or rabbitmq (the split topology).
 */
export function messagingContext(transport: 'in-process' | 'rabbitmq'): ContextDefinition {
  return {
    module: () => MessagingModule.forRoot({ transport }),
    migrations: MESSAGING_MIGRATIONS,
    config: MESSAGING_CONFIG,
  };
}
