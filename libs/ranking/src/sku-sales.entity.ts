import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Units sold per SKU, counted from OrderPlaced / OrderCancelled events (for rankings). */
@Entity({ name: 'ranking_sku_sales' })
export class SkuSalesEntity {
  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ type: 'int' })
  units: number;
}
