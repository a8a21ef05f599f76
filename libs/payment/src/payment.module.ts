import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandleNotification } from './application/handle-notification.js';
import { OrderEndedHandler } from './application/order-ended.handler.js';
import { PaymentProviders } from './application/payment-provider.js';
import { PaymentRepository } from './application/payment.repository.js';
import { PaymentSettings } from './application/payment-settings.js';
import { ProviderWorkHandler } from './application/provider-work.handler.js';
import { ReadPayments } from './application/read-payments.js';
import { ReconcilePayments } from './application/reconcile-payments.js';
import { StartPayment } from './application/start-payment.js';
import { InProcessPaymentClient } from './client/in-process-payment.client.js';
import { PaymentClient } from './client/payment.client.js';
import { ConfiguredPaymentProviders } from './infrastructure/configured-payment-providers.js';
import { CreatePayments1764400000000 } from './infrastructure/migrations/1764400000000-create-payments.js';
import { PaymentRefunds1764800100000 } from './infrastructure/migrations/1764800100000-payment-refunds.js';
import { PaymentEntity, PaymentRefundEntity } from './infrastructure/payment.entity.js';
import { TypeOrmPaymentRepository } from './infrastructure/typeorm-payment.repository.js';
import { PaymentGrpcController } from './interface/grpc/payment.grpc-controller.js';
import { AdminPaymentsHttpController } from './interface/http/admin-payments.http-controller.js';
import { PaymentsHttpController } from './interface/http/payments.http-controller.js';
import { WebhooksHttpController } from './interface/http/webhooks.http-controller.js';
import { PAYMENT_CONFIG, type PaymentConfig } from './payment.config.js';

export const PAYMENT_MIGRATIONS = [CreatePayments1764400000000, PaymentRefunds1764800100000];

const useCases = [StartPayment, HandleNotification, ReadPayments, ReconcilePayments];
const eventHandlers = [OrderEndedHandler, ProviderWorkHandler];

/** The variables of the fragment, read once. */
function paymentConfig(config: ConfigService<PaymentConfig, true>): PaymentConfig {
  return Object.fromEntries(
    Object.keys(PAYMENT_CONFIG).map((k) => [
      k,
      config.get(k as keyof PaymentConfig, { infer: true }),
    ]),
  ) as PaymentConfig;
}

export interface PaymentModuleOptions {
  /** A module that provides OrdersClient (in-process or gRPC): the app's choice. */
  imports: ModuleMetadata['imports'];
}

/**
 * The payment context: payments of orders through the providers (card, wallet), their
 * notifications, refunds and cancels, reconciliation. Exports PaymentClient (in-process). Needs
 * the app's DatabaseModule (with PAYMENT_MIGRATIONS) and messaging.
 */
@Module({})
export class PaymentModule {
  static register(options: PaymentModuleOptions): DynamicModule {
    return {
      module: PaymentModule,
      imports: [
        TypeOrmModule.forFeature([PaymentEntity, PaymentRefundEntity]),
        ...(options.imports ?? []),
      ],
      controllers: [PaymentGrpcController],
      providers: [
        ...useCases,
        ...eventHandlers,
        { provide: PaymentRepository, useClass: TypeOrmPaymentRepository },
        {
          provide: PaymentProviders,
          inject: [ConfigService],
          useFactory: (config: ConfigService<PaymentConfig, true>) =>
            new ConfiguredPaymentProviders(paymentConfig(config)),
        },
        {
          provide: PaymentSettings,
          inject: [ConfigService],
          useFactory: (config: ConfigService<PaymentConfig, true>): PaymentSettings => ({
            currency: config.get('PAYMENT_CURRENCY', { infer: true }),
            notifyBaseUrl: config.get('PAYMENT_NOTIFY_BASE_URL', { infer: true }),
          }),
        },
        { provide: PaymentClient, useClass: InProcessPaymentClient },
      ],
      exports: [PaymentClient],
    };
  }
}

/** The payment REST routes (buyers, providers' webhooks, admin), over whichever PaymentClient. */
@Module({})
export class PaymentHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: PaymentHttpModule,
      imports: client.imports,
      controllers: [WebhooksHttpController, PaymentsHttpController, AdminPaymentsHttpController],
    };
  }
}
