import { EventBus, type Subscription } from '../../libs/messaging/src/event-bus.js';
import type { IntegrationEvent } from '../../libs/messaging/src/integration-event.js';

/** A bus that keeps its subscriptions and delivers by hand (`deliver`), as a unit spec needs. */
export class FakeEventBus extends EventBus {
  readonly subscriptions: Subscription[] = [];
  readonly publishedEvents: IntegrationEvent[] = [];

  async publish(event: IntegrationEvent): Promise<void> {
    this.publishedEvents.push(event);
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
  }

  /** Hands `event` to every subscription of its type (no inbox: each call delivers). */
  async deliver(event: IntegrationEvent): Promise<void> {
    for (const s of this.subscriptions.filter((s) => s.types.includes(event.type)))
      await s.handler(event);
  }
}
