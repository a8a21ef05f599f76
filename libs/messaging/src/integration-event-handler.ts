import type { OnModuleInit } from '@nestjs/common';
import type { EventBus } from './event-bus.js';
import type { IntegrationEvent } from './integration-event.js';

/**
 * A context's handler of integration events (eShop's IIntegrationEventHandler): it names its
 * consumer and the event types it takes, and handles one event at a time, given the event only.
 * It subscribes when its module starts; the bus runs `handle` once per event (the inbox), in a
 * unit of work that the repositories it calls join.
 */
export abstract class IntegrationEventHandler<P = unknown> implements OnModuleInit {
  /** Names the consumer's queue and its inbox rows; unique per handler. */
  abstract readonly consumer: string;
  abstract readonly types: string[];

  constructor(protected readonly bus: EventBus) {}

  abstract handle(event: IntegrationEvent<P>): Promise<void>;

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: this.consumer,
      types: this.types,
      handler: (event) => this.handle(event as IntegrationEvent<P>),
    });
  }
}
