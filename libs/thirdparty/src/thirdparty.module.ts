import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Metrics } from '@nestmall/platform';
import { CreateShipment } from './application/create-shipment.js';
import { HandleTracking } from './application/handle-tracking.js';
import { ModerateImages } from './application/moderate-images.js';
import { CarrierProvider, IdentityProvider, ModerationProvider } from './application/providers.js';
import { CarrierNotifyUrl, ThirdpartyRepository } from './application/thirdparty.repository.js';
import { VerifyIdentity } from './application/verify-identity.js';
import { InProcessThirdpartyClient } from './client/in-process-thirdparty.client.js';
import { ThirdpartyClient } from './client/thirdparty.client.js';
import {
  HttpCarrierProvider,
  HttpIdentityProvider,
  HttpModerationProvider,
} from './infrastructure/http-providers.js';
import { CreateThirdparty1764500000000 } from './infrastructure/migrations/1764500000000-create-thirdparty.js';
import { ResilientCalls, type ResilienceSettings } from './infrastructure/resilience.js';
import { IdentityEntity, TrackingEventEntity } from './infrastructure/thirdparty.entities.js';
import { TypeOrmThirdpartyRepository } from './infrastructure/typeorm-thirdparty.repository.js';
import { ThirdpartyGrpcController } from './interface/grpc/thirdparty.grpc-controller.js';
import {
  CarrierWebhookHttpController,
  IdentityHttpController,
} from './interface/http/thirdparty.http-controller.js';
import type { ThirdpartyConfig } from './thirdparty.config.js';

export const THIRDPARTY_MIGRATIONS = [CreateThirdparty1764500000000];

type Config = ConfigService<ThirdpartyConfig, true>;

function resilience(config: Config): ResilienceSettings {
  return {
    timeoutMs: config.get('THIRDPARTY_TIMEOUT_MS', { infer: true }),
    attempts: config.get('THIRDPARTY_ATTEMPTS', { infer: true }),
    breakAfter: config.get('THIRDPARTY_BREAK_AFTER', { infer: true }),
    halfOpenAfterMs: config.get('THIRDPARTY_HALF_OPEN_AFTER_MS', { infer: true }),
  };
}

const providers = [
  {
    provide: CarrierProvider,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      new HttpCarrierProvider(
        config.get('CARRIER_NAME', { infer: true }),
        config.get('CARRIER_URL', { infer: true }),
        config.get('CARRIER_WEBHOOK_SECRET', { infer: true }),
        resilience(config),
      ),
  },
  {
    provide: IdentityProvider,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      new HttpIdentityProvider(
        'sandbox-identity',
        config.get('IDENTITY_PROVIDER_URL', { infer: true }),
        resilience(config),
      ),
  },
  {
    provide: ModerationProvider,
    inject: [ConfigService],
    useFactory: (config: Config) =>
      new HttpModerationProvider(
        'sandbox-moderation',
        config.get('MODERATION_PROVIDER_URL', { infer: true }),
        resilience(config),
      ),
  },
  {
    // Each provider's circuit as a gauge at every scrape (1: open or half-open, 0: closed).
    provide: 'THIRDPARTY_CIRCUIT_METRICS',
    inject: [
      CarrierProvider,
      IdentityProvider,
      ModerationProvider,
      { token: Metrics, optional: true },
    ],
    useFactory: (
      carrier: CarrierProvider,
      identity: IdentityProvider,
      moderation: ModerationProvider,
      metrics?: Metrics,
    ) => {
      const circuits = [carrier, identity, moderation].flatMap((p) => {
        const calls = (p as { calls?: unknown }).calls;
        return calls instanceof ResilientCalls ? [calls] : [];
      });
      metrics?.gauge({
        name: 'nestmall_thirdparty_circuit_open',
        help: "Whether a third-party provider's circuit breaker is open (1) or closed (0)",
        labelNames: ['provider'],
        collect() {
          for (const c of circuits)
            this.set({ provider: c.provider }, c.circuit === 'closed' ? 0 : 1);
        },
      });
      return circuits.length;
    },
  },
  {
    provide: CarrierNotifyUrl,
    inject: [ConfigService],
    useFactory: (config: Config): CarrierNotifyUrl => ({
      url: `${config.get('CARRIER_NOTIFY_BASE_URL', { infer: true })}/shipments/webhooks/carrier`,
    }),
  },
];

/**
 * The third-party context: the carrier (shipments, signed tracking notifications ->
 * ShipmentTracked), identity verification of buyers and image moderation, each provider behind
 * a timeout, retries and a circuit breaker (docs/thirdparty.md). Exports ThirdpartyClient
 * (in-process). Needs the app's DatabaseModule (with THIRDPARTY_MIGRATIONS) and messaging.
 * Global: the catalog's review (image moderation), which the monolith imports in several
 * places, finds its ThirdpartyClient.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([TrackingEventEntity, IdentityEntity])],
  controllers: [ThirdpartyGrpcController],
  providers: [
    CreateShipment,
    HandleTracking,
    VerifyIdentity,
    ModerateImages,
    ...providers,
    { provide: ThirdpartyRepository, useClass: TypeOrmThirdpartyRepository },
    { provide: ThirdpartyClient, useClass: InProcessThirdpartyClient },
  ],
  exports: [ThirdpartyClient],
})
export class ThirdpartyModule {}

/** The third-party REST routes (the carrier's webhook, identity), over whichever client. */
@Module({})
export class ThirdpartyHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: ThirdpartyHttpModule,
      imports: client.imports,
      controllers: [CarrierWebhookHttpController, IdentityHttpController],
    };
  }
}
