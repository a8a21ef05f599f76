import type { ContextDefinition } from '@nestmall/platform';
import { CART_CONFIG } from './cart.config.js';
import { CART_PROTO } from './cart.proto-contract.js';
import { CartRemoteModule } from './client/cart-remote.module.js';
import { CART_MIGRATIONS, CartHttpModule, CartModule } from './cart.module.js';

/**
 * The cart context as apps compose it. Its host passes the modules that provide CatalogClient,
 * InventoryClient (current prices and stock) and OrdersClient (checkout).
 */
export const CART_CONTEXT: ContextDefinition = {
  module: (clients) => CartModule.register({ imports: [...clients] }),
  http: (client) => CartHttpModule.register({ imports: [client] }),
  remote: () => CartRemoteModule.forRoot(),
  migrations: CART_MIGRATIONS,
  proto: CART_PROTO,
  config: CART_CONFIG,
};
