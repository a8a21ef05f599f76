import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An order as the rankings count it (from the order events). */
@Entity({ name: 'ranking_orders' })
@Index('IDX_ranking_orders_paid', ['status', 'paidDay'])
export class RankedOrderEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  /** placed | paid | cancelled: only paid orders count. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** The UTC day it was paid, YYYY-MM-DD (its bucket, also after a cancellation). */
  @Column({ name: 'paid_day', type: 'varchar', length: 10, nullable: true })
  paidDay: string | null;

  @Column({ type: 'int' })
  version: number;
}

/** One line of a ranked order, with the product and category of its SKU. */
@Entity({ name: 'ranking_order_lines' })
@Index('IDX_ranking_order_lines_product', ['productId'])
export class RankedOrderLineEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ name: 'product_id', type: 'int' })
  productId: number;

  @Column({ name: 'category_id', type: 'int', nullable: true })
  categoryId: number | null;

  @Column({ type: 'int' })
  quantity: number;
}
