import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'catalog_brand' })
export class BrandEntity {
  @PrimaryColumn({ name: 'brand_id', type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** LOWER(name): unique, so two brands never differ by case only. */
  @Column({ name: 'name_key', type: 'varchar', length: 100 })
  nameKey: string;

  @Column({ type: 'int' })
  version: number;
}

@Entity({ name: 'catalog_category' })
export class CategoryEntity {
  @PrimaryColumn({ name: 'category_id', type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'name_key', type: 'varchar', length: 100 })
  nameKey: string;

  /** A top-level category's id, or null for a top-level category (one level). */
  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'int' })
  version: number;
}
