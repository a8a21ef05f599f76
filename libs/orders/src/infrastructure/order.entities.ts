import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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
