import type { DataSource } from 'typeorm';
import { EventBus, type Subscription } from './event-bus.js';
import { handleOnce } from './inbox.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * The monolith's bus: publishing runs every subscribed handler (each once, through the inbox)
 * before it resolves. A handler that fails fails the publish, so the outbox relay keeps the
 * event and delivers it again later; the handlers that did succeed skip it then.
 */
export class InProcessEventBus extends EventBus {
  private readonly subscriptions: Subscription[] = [];

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async publish(event: IntegrationEvent): Promise<void> {
    const failures: unknown[] = [];
    for (const s of this.subscriptions.filter((s) => s.types.includes(event.type))) {
      await handleOnce(this.dataSource, s.consumer, event, s.handler).then(
        (done) => done && this.handled(),
        (error: unknown) => failures.push(error),
      );
    }
    if (failures.length) throw failures[0];
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
  }
}
