import { Column, Entity, PrimaryColumn } from 'typeorm';

/** cart_cart: one row per cart (`user:<id>` or `guest:<cart id>`), its version the optimistic guard. */
@Entity({ name: 'cart_cart' })
export class CartEntity {
  @PrimaryColumn({ name: 'owner', type: 'varchar', length: 40 })
  owner: string;

  @Column({ name: 'version', type: 'int' })
  version: number;

  /** JSON: the last orders checked out of it, with their Idempotency-Keys. */
  @Column({ name: 'checked_out_orders', type: 'text' })
  checkedOutOrders: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** cart_line: a SKU in a cart, with its price when added. */
@Entity({ name: 'cart_line' })
export class CartLineEntity {
  @PrimaryColumn({ name: 'owner', type: 'varchar', length: 40 })
  owner: string;

  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ name: 'quantity', type: 'int' })
  quantity: number;

  @Column({ name: 'price_when_added_cents', type: 'int' })
  priceWhenAddedCents: number;

  @Column({ name: 'added_at', type: 'datetime' })
  addedAt: Date;
}
