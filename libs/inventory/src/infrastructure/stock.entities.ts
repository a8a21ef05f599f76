import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'inventory_stock' })
export class StockEntity {
  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ type: 'int' })
  available: number;

  @Column({ type: 'int' })
  frozen: number;

  @Column({ type: 'int' })
  sold: number;

  /** Initial stock plus every restock: the invariant's right-hand side. */
  @Column({ name: 'total_in', type: 'int' })
  totalIn: number;
}

/**
 * The lines a StockHold holds under its gid: what a Try froze (Confirm and Cancel move exactly
 * that), or what a two-phase message deducted (a cancelled order returns exactly that).
 */
@Entity({ name: 'inventory_freeze' })
export class StockHoldLineEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gid: string;

  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ type: 'int' })
  quantity: number;
}
