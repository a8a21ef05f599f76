import { Module, type DynamicModule } from '@nestjs/common';
import { CATALOG_CONTEXT } from '@nestmall/catalog';
import { INVENTORY_CONTEXT } from '@nestmall/inventory';
import { ORDERS_CONTEXT } from '@nestmall/orders';
import { PAYMENT_CONTEXT } from '@nestmall/payment';
import { appConfigModule, AuthModule, GrpcTlsModule, remoteContexts } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { USERS_CONTEXT, UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';

/** The contexts whose REST routes the gateway serves, each over its gRPC client port. */
const GATEWAY_CONTEXTS = [
  USERS_CONTEXT,
  CATALOG_CONTEXT,
  INVENTORY_CONTEXT,
  ORDERS_CONTEXT,
  PAYMENT_CONTEXT,
];

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
    const contexts = remoteContexts(GATEWAY_CONTEXTS);
    return {
      module: GatewayModule,
      imports: [
        await appConfigModule(contexts.config, developmentDefaults('gateway')),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
          http: true,
        }),
        GrpcTlsModule.forRoot('gateway'),
        ...contexts.modules,
      ],
    };
  }
}
