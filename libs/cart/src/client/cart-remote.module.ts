import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CartServiceClient } from '@nestmall/contracts/generated/nestmall/cart/v1/CartService.js';
import { replicaPoolProvider, type AppConfig, type GrpcReplicaPool } from '@nestmall/platform';
import type { CartConfig } from '../cart.config.js';
import { CART_PROTO } from '../cart.proto-contract.js';
import { CartClient } from './cart.client.js';
import { GrpcCartClient } from './grpc-cart.client.js';

const CART_POOL = Symbol('CART_POOL');

/** Binds CartClient to the gRPC adapter (replicas in CART_SERVICE_URL). */
@Module({})
export class CartRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: CartRemoteModule,
      providers: [
        replicaPoolProvider(CART_POOL, {
          service: 'nestmall.cart.v1.CartService',
          contract: CART_PROTO,
          urlVariable: 'CART_SERVICE_URL',
          servedBy: ['cart-service', 'mall'],
        }),
        {
          provide: CartClient,
          inject: [CART_POOL, ConfigService],
          // A checkout waits on placing the order (up to 2 x TCC_TIMEOUT_MS there), and a little more.
          useFactory: (
            pool: GrpcReplicaPool<CartServiceClient>,
            config: ConfigService<AppConfig & CartConfig, true>,
          ) =>
            new GrpcCartClient(
              pool,
              2 * config.get('TCC_TIMEOUT_MS', { infer: true }) +
                config.get('GRPC_DEADLINE_MS', { infer: true }),
            ),
        },
      ],
      exports: [CartClient],
    };
  }
}
