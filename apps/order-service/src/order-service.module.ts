import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { ORDER_SERVICE_CONTEXTS } from './order-service.contexts.js';

/**
 * The orders context, the TCC coordinator, as a gRPC service with its own database (mall_order
 * on MySQL: orders and the coordinator's log). Inventory and catalog are reached over gRPC.
 * Its integration events (OrderPlaced, OrderCancelled) leave through its outbox to RabbitMQ.
 * The user's RPCs verify the caller's access token with the user service's public keys.
 */
@Module({})
export class OrderServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: OrderServiceModule,
      imports: [
        ...(await hostingAppImports('order-service', ORDER_SERVICE_CONTEXTS, {
          http: false,
          defaults: developmentDefaults('order-service'),
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
