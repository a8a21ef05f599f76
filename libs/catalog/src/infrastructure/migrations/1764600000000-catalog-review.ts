import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The catalog's write side: a product's review status (the products there are, the demo's, stay
 * on shelf), brand, category, rejection reason and optimistic version; a SKU's attributes (JSON).
 */
export class CatalogReview1764600000000 implements MigrationInterface {
  name = 'CatalogReview1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('catalog_product', [
      new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'draft'" }),
      new TableColumn({ name: 'brand_id', type: 'int', isNullable: true }),
      new TableColumn({ name: 'category_id', type: 'int', isNullable: true }),
      new TableColumn({ name: 'reject_reason', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'version', type: 'int', default: 1 }),
    ]);
    await queryRunner.query(`UPDATE catalog_product SET status = 'on_shelf'`);
    await queryRunner.addColumn(
      'catalog_sku',
      new TableColumn({ name: 'attributes', type: 'varchar', length: '4000', default: "'{}'" }),
    );
    await queryRunner.createIndex(
      'catalog_product',
      new TableIndex({ name: 'IDX_catalog_product_status', columnNames: ['status'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('catalog_product', 'IDX_catalog_product_status');
    await queryRunner.dropColumn('catalog_sku', 'attributes');
    for (const column of ['version', 'reject_reason', 'category_id', 'brand_id', 'status'])
      await queryRunner.dropColumn('catalog_product', column);
  }
}
