import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { Metrics, Readiness, type AppConfig } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { DeadLetterEntity, InboxEntity, OutboxEntity } from './entities.js';
import { EventBus } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import type { MessagingConfig } from './messaging.config.js';
import { Outbox } from './outbox.js';
import { OutboxRelay } from './outbox-relay.js';
import { RabbitMqEventBus } from './rabbitmq-event-bus.js';
import { observeMessaging } from './messaging-observability.js';

/** Registers the bus's readiness probe and the messaging metrics (when the app observes itself). */
class MessagingObservability {}

/**
 * The app's event bus and outbox relay, on the transport the app chooses: 'in-process' (the
 * monolith) or 'rabbitmq' (split topology, at RABBITMQ_URL; while the broker is unreachable
 * events wait in the outbox). Needs the app's DatabaseModule with MESSAGING_MIGRATIONS.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: { transport: 'in-process' | 'rabbitmq' }): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TypeOrmModule.forFeature([OutboxEntity, InboxEntity, DeadLetterEntity])],
      providers: [
        {
          provide: EventBus,
          inject: [ConfigService, getDataSourceToken()],
          useFactory: (
            config: ConfigService<AppConfig & MessagingConfig, true>,
            dataSource: DataSource,
          ) => {
            if (options.transport === 'in-process')
              return new InProcessEventBus(
                dataSource,
                config.get('MESSAGE_MAX_ATTEMPTS', { infer: true }),
              );
            return new RabbitMqEventBus(
              {
                url: config.get('RABBITMQ_URL', { infer: true }),
                prefix: config.get('RABBITMQ_PREFIX', { infer: true }),
                maxAttempts: config.get('MESSAGE_MAX_ATTEMPTS', { infer: true }),
                prefetch: 16,
                queueType: config.get('RABBITMQ_QUEUE_TYPE', { infer: true }),
              },
              dataSource,
            );
          },
        },
        {
          provide: OutboxRelay,
          inject: [getDataSourceToken(), EventBus, ConfigService],
          useFactory: (
            dataSource: DataSource,
            bus: EventBus,
            config: ConfigService<AppConfig & MessagingConfig, true>,
          ) =>
            new OutboxRelay(dataSource, bus, {
              intervalMs: config.get('OUTBOX_RELAY_INTERVAL_MS', { infer: true }),
              idleMs: config.get('OUTBOX_RELAY_IDLE_MS', { infer: true }),
              batch: 100,
              // A pass leases its batch just before publishing it. Short, because a relay
              // killed in the middle leaves its batch waiting this long; a lease that runs out
              // during a slow publish costs at most duplicates, which the inbox absorbs.
              leaseMs: 5_000,
            }),
        },
        {
          provide: Outbox,
          inject: [getDataSourceToken(), OutboxRelay],
          useFactory: (dataSource: DataSource, relay: OutboxRelay) => new Outbox(dataSource, relay),
        },
        {
          provide: MessagingObservability,
          inject: [
            EventBus,
            getDataSourceToken(),
            { token: Readiness, optional: true },
            { token: Metrics, optional: true },
          ],
          useFactory: (
            bus: EventBus,
            dataSource: DataSource,
            readiness?: Readiness,
            metrics?: Metrics,
          ) => {
            observeMessaging(bus, dataSource, readiness ?? null, metrics ?? null);
            return new MessagingObservability();
          },
        },
      ],
      exports: [EventBus, OutboxRelay, Outbox],
    };
  }
}
