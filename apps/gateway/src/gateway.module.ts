import { Module, type DynamicModule } from '@nestjs/common';
import { ADMIN_CONTEXT } from '@nestmall/admin';
import { CART_CONTEXT } from '@nestmall/cart';
import { CATALOG_CONTEXT } from '@nestmall/catalog';
import { INVENTORY_CONTEXT } from '@nestmall/inventory';
import { MARKETING_CONTEXT } from '@nestmall/marketing';
import { ORDERS_CONTEXT } from '@nestmall/orders';
import { PAYMENT_CONTEXT } from '@nestmall/payment';
import { RANKING_CONTEXT } from '@nestmall/ranking';
import { THIRDPARTY_CONTEXT } from '@nestmall/thirdparty';
import {
  appConfigModule,
  AuthModule,
  GrpcTlsModule,
  ObservabilityModule,
  remoteContexts,
} from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import {
  USER_CODES_CONTEXT,
  USERS_CONTEXT,
  UsersRemoteModule,
  UsersTokenSubjects,
} from '@nestmall/users';
import { VERIFICATION_CONTEXT } from '@nestmall/verification';

/** The contexts whose REST routes the gateway serves, each over its gRPC client port. */
const GATEWAY_CONTEXTS = [
  USERS_CONTEXT,
  CATALOG_CONTEXT,
  INVENTORY_CONTEXT,
  ORDERS_CONTEXT,
  ADMIN_CONTEXT,
  VERIFICATION_CONTEXT,
  USER_CODES_CONTEXT,
  CART_CONTEXT,
  RANKING_CONTEXT,
  MARKETING_CONTEXT,
  PAYMENT_CONTEXT,
  THIRDPARTY_CONTEXT,
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
        ObservabilityModule.forRoot('gateway'),
        ...contexts.modules,
      ],
    };
  }
}
