export { OrdersModule, OrdersHttpModule, ORDERS_MIGRATIONS } from './orders.module.js';
export { ORDERS_CONFIG, type OrdersConfig } from './orders.config.js';
export { ORDER_PROTO } from './order.proto-contract.js';
export { ORDERS_CONTEXT } from './orders.context.js';
export { OrdersRemoteModule } from './client/orders-remote.module.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/orders').
export * from './ports.js';
