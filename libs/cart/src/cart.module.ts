import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@nestmall/platform';
import { GuestCartAtLogIn } from '@nestmall/users';
import type { DataSource } from 'typeorm';
import { AddToCart } from './application/add-to-cart.js';
import { CartChanges } from './application/cart-changes.js';
import { CartPricing } from './application/cart-views.js';
import { ChangeCartLine } from './application/change-cart-line.js';
import { CheckOutCart } from './application/check-out-cart.js';
import { MergeGuestCart } from './application/merge-guest-cart.js';
import { ViewCart } from './application/view-cart.js';
import type { CartConfig } from './cart.config.js';
import { CartClient } from './client/cart.client.js';
import { InProcessCartClient } from './client/in-process-cart.client.js';
import { CartRepository } from './domain/cart.repository.js';
import { CartEntity, CartLineEntity } from './infrastructure/cart.entities.js';
import { CreateCart1764400000000 } from './infrastructure/migrations/1764400000000-create-cart.js';
import { RedisCartRepository } from './infrastructure/redis-cart.repository.js';
import { TypeOrmCartRepository } from './infrastructure/typeorm-cart.repository.js';
import { CartGrpcController } from './interface/grpc/cart.grpc-controller.js';
import { CartGuestCartAtLogIn } from './interface/http/cart-guest-cart-at-log-in.js';
import { CartHttpController } from './interface/http/cart.http-controller.js';

export const CART_MIGRATIONS = [CreateCart1764400000000];

const useCases = [ViewCart, AddToCart, ChangeCartLine, MergeGuestCart, CheckOutCart];

export interface CartModuleOptions {
  /** Modules that provide CatalogClient, InventoryClient and OrdersClient: the app's choice. */
  imports: ModuleMetadata['imports'];
}

/**
 * The cart context. Exports CartClient (in-process). Its store is CART_STORE's: the app's
 * database (needs CART_MIGRATIONS) or Redis.
 */
@Module({})
export class CartModule {
  static register(options: CartModuleOptions): DynamicModule {
    return {
      module: CartModule,
      imports: [TypeOrmModule.forFeature([CartEntity, CartLineEntity]), ...(options.imports ?? [])],
      controllers: [CartGrpcController],
      providers: [
        ...useCases,
        CartChanges,
        CartPricing,
        {
          provide: CartRepository,
          inject: [ConfigService, getDataSourceToken()],
          useFactory: (
            config: ConfigService<AppConfig & CartConfig, true>,
            dataSource: DataSource,
          ) =>
            config.get('CART_STORE', { infer: true }) === 'redis'
              ? new RedisCartRepository({
                  url: config.get('REDIS_URL', { infer: true }),
                  prefix: config.get('REDIS_KEY_PREFIX', { infer: true }),
                  guestTtlSeconds: config.get('CART_GUEST_TTL_DAYS', { infer: true }) * 86_400,
                })
              : new TypeOrmCartRepository(dataSource),
        },
        { provide: CartClient, useClass: InProcessCartClient },
      ],
      exports: [CartClient],
    };
  }
}

/**
 * The cart's REST routes, over whichever CartClient the app provides, and the users context's
 * GuestCartAtLogIn (global: the log-in routes merge a guest cart wherever the cart's routes are).
 */
@Module({})
export class CartHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: CartHttpModule,
      global: true,
      imports: client.imports,
      controllers: [CartHttpController],
      providers: [{ provide: GuestCartAtLogIn, useClass: CartGuestCartAtLogIn }],
      exports: [GuestCartAtLogIn],
    };
  }
}
