import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogHttpModule, CatalogRemoteModule } from '@nestmall/catalog';
import { InventoryHttpModule, InventoryRemoteModule } from '@nestmall/inventory';
import { OrdersHttpModule, OrdersRemoteModule } from '@nestmall/orders';
import { appConfigModule, AuthModule, GrpcTlsModule } from '@nestmall/platform';
import { UsersHttpModule, UsersRemoteModule } from '@nestmall/users';
import { developmentDefaults } from '@nestmall/topology';

/**
 * The REST edge of the split topology: the same controllers as the monolith, no database; every
 * context is reached over gRPC through its client port. It verifies access tokens itself
 * (JWT_SECRET shared with the user-service that issues them). Its defaults (where each context
 * listens) come from the topology.
 */
@Module({})
export class GatewayModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: GatewayModule,
      imports: [
        await appConfigModule(developmentDefaults('gateway')),
        AuthModule,
        GrpcTlsModule.forRoot('gateway'),
        UsersHttpModule.register({ imports: [UsersRemoteModule.forRoot()] }),
        CatalogHttpModule.register({ imports: [CatalogRemoteModule.forRoot()] }),
        InventoryHttpModule.register({ imports: [InventoryRemoteModule.forRoot()] }),
        OrdersHttpModule.register({ imports: [OrdersRemoteModule.forRoot()] }),
      ],
    };
  }
}
