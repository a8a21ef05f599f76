import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'orders_order' })
export class OrderEntity {
  @PrimaryGeneratedColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  /** The place-order global transaction. */
  @Column({ type: 'varchar', length: 64, unique: true })
  gid: string;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'subtotal_cents', type: 'int' })
  subtotalCents: number;

  @Column({ name: 'discount_cents', type: 'int' })
  discountCents: number;

  /** The buyer's coupon it used (marketing's coupon id), or null. */
  @Column({ name: 'coupon_id', type: 'int', nullable: true })
  couponId: number | null;

  @Column({ name: 'shipping_cents', type: 'int' })
  shippingCents: number;

  @Column({ name: 'total_cents', type: 'int' })
  totalCents: number;

  /**
   * How it was placed: 'tcc' (a global transaction) or 'message' (OrderRequested). Always
   * written (no entity default: TypeORM would read a defaulted column back after every insert).
   */
  @Column({ type: 'varchar', length: 8 })
  consistency: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'failure_reason', type: 'varchar', length: 255, nullable: true })
  failureReason: string | null;

  /** Its units went back after it was sold (an after-sales return). */
  @Column({ name: 'stock_returned', type: 'boolean' })
  stockReturned: boolean;

  /** The two-phase message's answers (null: not yet): 'OK' or 'REFUSED'. */
  @Column({ name: 'stock_answer', type: 'varchar', length: 8, nullable: true })
  stockAnswer: string | null;

  @Column({ name: 'coupon_answer', type: 'varchar', length: 8, nullable: true })
  couponAnswer: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

@Entity({ name: 'orders_order_item' })
export class OrderItemEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price_cents', type: 'int' })
  unitPriceCents: number;

  @Column({ name: 'line_total_cents', type: 'int' })
  lineTotalCents: number;

  /** Units whose money an after-sales request gave back. */
  @Column({ name: 'refunded_quantity', type: 'int' })
  refundedQuantity: number;

  /** Units that came back into stock through an after-sales request. */
  @Column({ name: 'returned_quantity', type: 'int' })
  returnedQuantity: number;

  /** The SKU's product and category when the order was placed (migration 1764940000000). */
  @Column({ name: 'product_id', type: 'int', nullable: true })
  productId: number | null;

  @Column({ name: 'category_id', type: 'int', nullable: true })
  categoryId: number | null;
}

/** orders_order_address: the copy of the address an order ships to (migration 1764400000000). */
@Entity({ name: 'orders_order_address' })
export class OrderAddressEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  /** The buyer's address it was copied from (users context; it may since have changed). */
  @Column({ name: 'address_id', type: 'int' })
  addressId: number;

  @Column({ type: 'varchar', length: 64 })
  recipient: string;

  @Column({ type: 'varchar', length: 20 })
  mobile: string;

  @Column({ type: 'varchar', length: 64 })
  province: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 64 })
  district: string;

  @Column({ type: 'varchar', length: 255 })
  street: string;

  @Column({ name: 'postal_code', type: 'varchar', length: 6, nullable: true })
  postalCode: string | null;
}

/** orders_order_timeline: an order's status changes (and, later, its shipment's events). */
@Entity({ name: 'orders_order_timeline' })
@Index('IX_orders_order_timeline_order', ['orderId'])
export class OrderTimelineEntity {
  @PrimaryGeneratedColumn({ name: 'entry_id', type: 'int' })
  entryId: number;

  @Column({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  status: string | null;

  @Column({ type: 'varchar', length: 64 })
  cause: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  detail: string | null;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;
}

/** One discount an order got (the pricing's DiscountLine), in the order it was applied. */
@Entity({ name: 'orders_order_discount' })
export class OrderDiscountEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'source_id', type: 'int' })
  sourceId: number;

  @Column({ type: 'varchar', length: 64 })
  label: string;

  @Column({ name: 'sku_id', type: 'varchar', length: 32, nullable: true })
  skuId: string | null;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;
}

/** A buyer's after-sales request (domain/after-sales.ts). */
@Index('IX_orders_after_sales_order', ['orderId'])
@Index('IX_orders_after_sales_status', ['status'])
@Entity({ name: 'orders_after_sales' })
export class AfterSalesEntity {
  @PrimaryGeneratedColumn({ name: 'request_id', type: 'int' })
  requestId: number;

  @Column({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 8 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 255 })
  reason: string;

  /** The units it asks back, JSON `[{"sku_id","quantity"}]`; null: the whole order (older rows). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  lines: string | null;

  @Column({ name: 'refund_cents', type: 'int' })
  refundCents: number;

  @Column({ name: 'decision_reason', type: 'varchar', length: 255, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by', type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** orders_order_shipment: an order's carrier shipment (one per order, once shipped). */
@Entity({ name: 'orders_order_shipment' })
@Index('IX_orders_order_shipment_delivered', ['deliveredAt'])
export class OrderShipmentEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ type: 'varchar', length: 32 })
  carrier: string;

  @Column({ name: 'tracking_number', type: 'varchar', length: 64 })
  trackingNumber: string;

  @Column({ name: 'shipped_at', type: 'datetime' })
  shippedAt: Date;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true })
  deliveredAt: Date | null;
}
