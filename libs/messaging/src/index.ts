// Durable integration events: an outbox written with the change that caused an event, a relay
// to RabbitMQ (split topology) or to in-process handlers (monolith), and consumers that handle
// each event once (inbox), retry with backoff and park what keeps failing in a dead-letter queue.
export { newEvent, type IntegrationEvent } from './integration-event.js';
export { EventBus, type EventHandler, type Subscription } from './event-bus.js';
export { appendToOutbox } from './outbox.js';
export { handleOnce } from './inbox.js';
export { OutboxRelay, type RelaySettings } from './outbox-relay.js';
export { RabbitMqEventBus, type RabbitMqOptions } from './rabbitmq-event-bus.js';
export { InProcessEventBus } from './in-process-event-bus.js';
export { InboxEntity, OutboxEntity } from './entities.js';
export { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
export const MESSAGING_MIGRATIONS = [CreateMessaging1764100000000];
import { CreateMessaging1764100000000 } from './migrations/1764100000000-create-messaging.js';
export { MessagingModule } from './messaging.module.js';
