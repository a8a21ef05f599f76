import type { Order, OrderStatus, RefundStatus, ShipTo, TimelineEntry } from '../domain/order.js';
import type { DiscountKind } from '../domain/pricing.js';

export interface OrderItemView {
  sku_id: string;
  title: string;
  quantity: number;
  unit_price_cents: number;
  line_total_cents: number;
  /** Units whose money after-sales gave back, and units that came back into stock. */
  refunded_quantity: number;
  returned_quantity: number;
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
  /** Beside the delivery status: NONE, PARTIALLY_REFUNDED or REFUNDED. */
  refund_status: RefundStatus;
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
  /** The copy of the address it ships to (absent: placed without one). */
  shipping_address?: ShippingAddressView;
}

export interface ShippingAddressView {
  address_id: number;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code: string | null;
}

export interface TimelineEntryView {
  /** 'status' today; the carrier's 'shipment' and 'tracking' entries later. */
  kind: string;
  status: OrderStatus | null;
  cause: string;
  detail: string | null;
  /** RFC 3339, UTC */
  at: string;
}

export interface OrderTimelineView {
  order_id: number;
  entries: TimelineEntryView[];
}

export function toTimelineView(orderId: number, entries: TimelineEntry[]): OrderTimelineView {
  return {
    order_id: orderId,
    entries: entries.map((e) => ({
      kind: e.kind,
      status: e.status,
      cause: e.cause,
      detail: e.detail,
      at: e.at.toISOString(),
    })),
  };
}

function toShippingAddressView(s: ShipTo): ShippingAddressView {
  return {
    address_id: s.addressId,
    recipient: s.recipient,
    mobile: s.mobile,
    province: s.province,
    city: s.city,
    district: s.district,
    street: s.street,
    postal_code: s.postalCode,
  };
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
    refund_status: aggregate.refundStatus,
    items: order.items.map((i) => ({
      sku_id: i.skuId,
      title: i.title,
      quantity: i.quantity,
      unit_price_cents: i.unitPriceCents,
      line_total_cents: i.lineTotalCents,
      refunded_quantity: i.refundedQuantity ?? 0,
      returned_quantity: i.returnedQuantity ?? 0,
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
    ...(order.shipTo ? { shipping_address: toShippingAddressView(order.shipTo) } : {}),
  };
}
