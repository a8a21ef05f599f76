import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { CART_SERVICE_CONTEXTS } from './cart-service.contexts.js';

/**
 * The cart context as a gRPC service. Its carts live in Redis by default here (CART_STORE=redis,
 * REDIS_URL, REDIS_KEY_PREFIX), like eShop's basket: any replica serves any cart and a restart
 * loses none; CART_STORE=database keeps them in its own database (mall_cart on MySQL) instead.
 * The buyer's RPCs verify the caller's access token with the user service's public keys.
 */
@Module({})
export class CartServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: CartServiceModule,
      imports: [
        ...(await hostingAppImports('cart-service', CART_SERVICE_CONTEXTS, {
          http: false,
          defaults: { ...developmentDefaults('cart-service'), CART_STORE: 'redis' },
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
