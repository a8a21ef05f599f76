export { OrdersModule, OrdersHttpModule, ORDERS_MIGRATIONS } from './orders.module.js';
export { OrdersClient, type PlaceOrderRequest } from './client/orders.client.js';
export type { OrderView, OrderPageView, OrderItemView } from './application/order-views.js';
export type { InvariantReport, TransactionView } from './application/check-invariants.js';
export {
  shippingFeeCents,
  FREE_SHIPPING_FROM_CENTS,
  FLAT_SHIPPING_CENTS,
  MAX_ITEMS,
  MAX_QUANTITY,
} from './domain/order.js';
export { ORDERS_CONFIG, type OrdersConfig } from './orders.config.js';
export { ORDER_PROTO } from './order.proto-contract.js';
export { ORDERS_CONTEXT } from './orders.context.js';
export { OrdersRemoteModule } from './client/orders-remote.module.js';
