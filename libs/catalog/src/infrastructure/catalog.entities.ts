import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'catalog_product' })
export class ProductEntity {
  @PrimaryColumn({ name: 'product_id', type: 'int' })
  productId: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;
}

@Entity({ name: 'catalog_sku' })
export class SkuEntity {
  @PrimaryColumn({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ name: 'product_id', type: 'int' })
  productId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ name: 'price_cents', type: 'int' })
  priceCents: number;

  @Column({ name: 'on_shelf', type: 'smallint' })
  onShelf: number;
}
