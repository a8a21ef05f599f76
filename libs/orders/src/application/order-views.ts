import type { Order, OrderStatus } from '../domain/order.js';

export interface OrderItemView {
  sku_id: string;
  title: string;
  quantity: number;
  unit_price_cents: number;
  line_total_cents: number;
}

export interface OrderView {
  order_id: number;
  user_id: number;
  status: OrderStatus;
  items: OrderItemView[];
  subtotal_cents: number;
  shipping_cents: number;
  total_cents: number;
  /** Why placing it failed (FAILED orders only). */
  failure_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderPageView {
  orders: OrderView[];
  total: number;
  page_num: number;
  page_size: number;
}

export function toOrderView(aggregate: Order): OrderView {
  const order = aggregate.snapshot();
  return {
    order_id: order.orderId,
    user_id: order.userId,
    status: order.status,
    items: order.items.map((i) => ({
      sku_id: i.skuId,
      title: i.title,
      quantity: i.quantity,
      unit_price_cents: i.unitPriceCents,
      line_total_cents: i.lineTotalCents,
    })),
    subtotal_cents: order.subtotalCents,
    shipping_cents: order.shippingCents,
    total_cents: order.totalCents,
    failure_reason: order.failureReason,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}
