import type { IntegrationEvent } from './integration-event.js';

/**
 * Handles one event inside the consumer's unit of work, which also records the event in the
 * inbox: the repositories the handler calls join it, so the change and the "handled" mark commit
 * together and a redelivered event changes nothing. Throwing rolls both back and the event comes
 * again (with backoff). What an application's handler is: it takes the event only.
 */
export type EventHandler = (event: IntegrationEvent) => Promise<void>;

export interface Subscription {
  /** Names the consumer's queue and its inbox rows; unique per handler. */
  consumer: string;
  types: string[];
  /** Runs in the unit of work that records the event in the inbox; its repositories join it. */
  handler: EventHandler;
}

/** What a bus has done since it started (tests and the closing figures read it). */
export interface MessagingStats {
  /** Events accepted by publish (a broker confirm, or every in-process handler done). */
  published: number;
  /** Events a consumer handled (its transaction committed). */
  handled: number;
  /** Deliveries of an event a consumer had handled already: absorbed by the inbox. */
  duplicates: number;
  /** Failed deliveries sent round again (with backoff). */
  retried: number;
  /** Events parked for an operator after MESSAGE_MAX_ATTEMPTS failures. */
  deadLettered: number;
}

/** Where the outbox relay sends events: RabbitMQ in the split topology, in-process in the monolith. */
export abstract class EventBus {
  private readonly handledListeners: (() => void)[] = [];
  readonly stats: MessagingStats = {
    published: 0,
    handled: 0,
    duplicates: 0,
    retried: 0,
    deadLettered: 0,
  };

  /**
   * How many publishes the outbox relay keeps in flight at once: 8 here (the in-process bus runs
   * every handler's transaction inside its publish); a broker with pipelined confirms takes more.
   */
  readonly publishesInFlight: number = 8;

  /** Calls `listener` after a handler's transaction committed (it may have written events). */
  onHandled(listener: () => void): void {
    this.handledListeners.push(listener);
  }

  protected handled(): void {
    this.stats.handled++;
    for (const listener of this.handledListeners) listener();
  }

  /** Resolves once the event is durably accepted (a broker confirm, or every handler done). */
  abstract publish(event: IntegrationEvent): Promise<void>;
  abstract subscribe(subscription: Subscription): Promise<void>;
}
