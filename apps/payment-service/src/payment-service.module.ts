import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { PAYMENT_SERVICE_CONTEXTS } from './payment-service.contexts.js';

/**
 * The payment context as a gRPC service with its own database (mall_payment on MySQL). The
 * orders are reached over gRPC with the buyer's token; its events (PaymentSucceeded, ...) leave
 * through its outbox to RabbitMQ. The buyer's RPCs verify the access token with the user
 * service's public keys.
 */
@Module({})
export class PaymentServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: PaymentServiceModule,
      imports: [
        ...(await hostingAppImports('payment-service', PAYMENT_SERVICE_CONTEXTS, {
          http: false,
          defaults: developmentDefaults('payment-service'),
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
