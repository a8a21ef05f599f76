import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'catalog_product' })
export class ProductEntity {
  @PrimaryColumn({ name: 'product_id', type: 'int' })
  productId: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The review workflow's status (CatalogProduct); only on_shelf is on sale. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'brand_id', type: 'int', nullable: true })
  brandId: number | null;

  @Column({ name: 'category_id', type: 'int', nullable: true })
  categoryId: number | null;

  @Column({ name: 'reject_reason', type: 'varchar', length: 500, nullable: true })
  rejectReason: string | null;

  @Column({ type: 'int' })
  version: number;

  /** JSON array of image URLs, in display order (CatalogProduct checks them). */
  @Column({ type: 'varchar', length: 6000, default: '[]' })
  images: string;
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

  /** Whether its product is on shelf: kept in step by every save of the product. */
  @Column({ name: 'on_shelf', type: 'smallint' })
  onShelf: number;

  /** JSON object of string values (colour, size, ...). */
  @Column({ type: 'varchar', length: 4000 })
  attributes: string;
}

/** A product row's images (a row from before images were stored has none). */
export function parseImages(column: string | null | undefined): string[] {
  return JSON.parse(column || '[]') as string[];
}
