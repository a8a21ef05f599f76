import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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

/** One staff stock change of a SKU: its ledger (StockEntries). */
@Entity({ name: 'inventory_stock_entry' })
export class StockEntryEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' })
  id: number;

  @Column({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'actor_id', type: 'int' })
  actorId: number;

  @Column({ name: 'actor_email', type: 'varchar', length: 254 })
  actorEmail: string;

  @Column({ name: 'available_after', type: 'int' })
  availableAfter: number;

  @Column({ name: 'total_in_after', type: 'int' })
  totalInAfter: number;

  @Column({ name: 'at_ms', type: 'bigint' })
  atMs: number;
}
