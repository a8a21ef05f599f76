// Durable integration events: an outbox written with the change that caused an event, a relay
// to RabbitMQ (split topology) or to in-process handlers (monolith), and consumers that handle
// each event once (inbox), retry with backoff and park what keeps failing as a dead letter.

export { Outbox } from './outbox.js';
export { handleOnce, markHandled } from './inbox.js';
export { OutboxRelay, type RelaySettings } from './outbox-relay.js';
export {
  QUORUM_DELIVERY_LIMIT,
  RabbitMqEventBus,
  consumerQueues,
  queueArguments,
  type QueueType,
  retryDelayMs,
  type RabbitMqOptions,
} from './rabbitmq-event-bus.js';
export { deleteBrokerObjects } from './broker-objects.js';
export { InProcessEventBus } from './in-process-event-bus.js';
export { DeadLetterEntity, InboxEntity, OutboxEntity } from './entities.js';
export {
  DatabaseDeadLetters,
  RabbitMqDeadLetters,
  type DeadLetter,
  type DeadLetters,
} from './dead-letters.js';
export { MESSAGING_CONFIG, type MessagingConfig } from './messaging.config.js';
export { MessagingModule } from './messaging.module.js';
export { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
export { CreateDeadLetters1764130000000 } from './migrations/1764130000000-create-dead-letters.js';
export { OutboxBatches1764920000000 } from './migrations/1764920000000-outbox-batches.js';
export { MESSAGING_MIGRATIONS, messagingContext } from './messaging.context.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/messaging').
export * from './ports.js';
