import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCatalog1764070000000 implements MigrationInterface {
  name = 'CreateCatalog1764070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'catalog_product',
        columns: [
          { name: 'product_id', type: 'int', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'catalog_sku',
        columns: [
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'product_id', type: 'int' },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'price_cents', type: 'int' },
          { name: 'on_shelf', type: 'smallint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'catalog_sku',
      new TableIndex({ name: 'IDX_catalog_sku_product', columnNames: ['product_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('catalog_sku');
    await queryRunner.dropTable('catalog_product');
  }
}
