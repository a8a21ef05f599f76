// '@nestmall/ports/messaging': what an application's event handler and a use case that
// publishes need (the bus port, the handler base class, events); the outbox, the relay and the
// RabbitMQ bus stay in the index.
export { newEvent, type IntegrationEvent } from './integration-event.js';
export {
  EventBus,
  type EventHandler,
  type MessagingStats,
  type Subscription,
} from './event-bus.js';
export { IntegrationEventHandler } from './integration-event-handler.js';
