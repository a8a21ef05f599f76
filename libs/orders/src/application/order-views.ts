import type { Order, OrderStatus } from '../domain/order.js';
import type { DiscountKind } from '../domain/pricing.js';

export interface OrderItemView {
  sku_id: string;
  title: string;
  quantity: number;
  unit_price_cents: number;
  line_total_cents: number;
}

/** One discount the order got, in the order the pricing applied them. */
export interface OrderDiscountView {
  kind: DiscountKind;
  source_id: number;
  label: string;
  sku_id: string | null;
  amount_cents: number;
}

export interface OrderView {
  order_id: number;
  user_id: number;
  status: OrderStatus;
  items: OrderItemView[];
  subtotal_cents: number;
  discounts: OrderDiscountView[];
  discount_cents: number;
  /** The coupon it used, or null. */
  coupon_id: number | null;
  shipping_cents: number;
  /** subtotal - discounts + shipping: what the buyer pays. */
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
    discounts: order.discounts.map((d) => ({
      kind: d.kind,
      source_id: d.sourceId,
      label: d.label,
      sku_id: d.skuId,
      amount_cents: d.amountCents,
    })),
    discount_cents: order.discountCents,
    coupon_id: order.couponId,
    shipping_cents: order.shippingCents,
    total_cents: order.totalCents,
    failure_reason: order.failureReason,
    created_at: order.createdAt.toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}
