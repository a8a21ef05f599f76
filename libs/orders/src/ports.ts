// '@nestmall/ports/orders': the orders' client port, its views and the shipping fee rule, for
// other contexts' domain/ and application/ code (no transport, no ORM behind it).
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
export {
  AfterSalesClient,
  type AfterSalesStaff,
  type AfterSalesRequestInput,
  type AfterSalesDecisionInput,
} from './client/after-sales.client.js';
export type { AfterSalesView, AfterSalesPageView } from './application/after-sales-views.js';
