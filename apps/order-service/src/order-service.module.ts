import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogRemoteModule } from '@nestmall/catalog';
import { InventoryRemoteModule } from '@nestmall/inventory';
import { MESSAGING_CONFIG, MESSAGING_MIGRATIONS, MessagingModule } from '@nestmall/messaging';
import { ORDERS_CONFIG, ORDERS_MIGRATIONS, OrdersModule } from '@nestmall/orders';
import { appConfigModule, AuthModule, DatabaseModule, GrpcTlsModule } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { TRANSACTIONS_MIGRATIONS } from '@nestmall/transactions';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';

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
        await appConfigModule(
          [MESSAGING_CONFIG, ORDERS_CONFIG],
          developmentDefaults('order-service'),
        ),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
        DatabaseModule.forRoot({
          migrations: [...ORDERS_MIGRATIONS, ...TRANSACTIONS_MIGRATIONS, ...MESSAGING_MIGRATIONS],
        }),
        MessagingModule.forRoot({ transport: 'rabbitmq' }),
        GrpcTlsModule.forRoot('order-service'),
        OrdersModule.register({
          imports: [InventoryRemoteModule.forRoot(), CatalogRemoteModule.forRoot()],
        }),
      ],
    };
  }
}
