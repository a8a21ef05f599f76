import type { ContextDefinition } from '@nestmall/platform';
import { TRANSACTIONS_MIGRATIONS } from '@nestmall/transactions';
import { OrdersRemoteModule } from './client/orders-remote.module.js';
import { ORDER_PROTO } from './order.proto-contract.js';
import { ORDERS_CONFIG } from './orders.config.js';
import { ORDERS_MIGRATIONS, OrdersHttpModule, OrdersModule } from './orders.module.js';

/**
 * The orders context as apps compose it. Its host passes the modules that provide InventoryClient,
 * CatalogClient and MarketingClient; it hosts the TCC coordinator too, so the coordinator's log is its table.
 */
export const ORDERS_CONTEXT: ContextDefinition = {
  module: (clients) => OrdersModule.register({ imports: [...clients] }),
  http: (client) => OrdersHttpModule.register({ imports: [client] }),
  remote: () => OrdersRemoteModule.forRoot(),
  migrations: [...ORDERS_MIGRATIONS, ...TRANSACTIONS_MIGRATIONS],
  proto: ORDER_PROTO,
  config: ORDERS_CONFIG,
};
