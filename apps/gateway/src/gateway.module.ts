import { Module, type DynamicModule } from '@nestjs/common';
import { CatalogHttpModule, CatalogRemoteModule } from '@nestmall/catalog';
import { InventoryHttpModule, InventoryRemoteModule } from '@nestmall/inventory';
import { ORDERS_CONFIG, OrdersHttpModule, OrdersRemoteModule } from '@nestmall/orders';
import { appConfigModule, AuthModule, GrpcTlsModule } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersHttpModule, UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';

/**
 * The REST edge of the split topology: the same controllers as the monolith, no database; every
 * context is reached over gRPC through its client port. It verifies access tokens itself, with
 * the public keys it fetches from the user service (the issuer), and forwards them to the
 * services it calls for the user. Its defaults (where each context listens) come from the
 * topology.
 */
@Module({})
export class GatewayModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: GatewayModule,
      imports: [
        await appConfigModule([ORDERS_CONFIG], developmentDefaults('gateway')),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
          http: true,
        }),
        GrpcTlsModule.forRoot('gateway'),
        UsersHttpModule.register({ imports: [UsersRemoteModule.forRoot()] }),
        CatalogHttpModule.register({ imports: [CatalogRemoteModule.forRoot()] }),
        InventoryHttpModule.register({ imports: [InventoryRemoteModule.forRoot()] }),
        OrdersHttpModule.register({ imports: [OrdersRemoteModule.forRoot()] }),
      ],
    };
  }
}
