import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Units sold and paid per SKU, counted from the orders context's events (for rankings). */
@Entity({ name: 'ranking_sku_sales' })
export class SkuSalesEntity {
  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  /** OrderPlaced adds, OrderCancelled takes back. */
  @Column({ type: 'int' })
  units: number;

  /** OrderPaid adds, OrderCancelled of a paid order takes back. */
  @Column({ name: 'paid_units', type: 'int' })
  paidUnits: number;
}
