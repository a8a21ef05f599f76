import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A product's images: a JSON array of URLs in display order (none for the products there are). */
export class ProductImages1764710000000 implements MigrationInterface {
  name = 'ProductImages1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'catalog_product',
      new TableColumn({ name: 'images', type: 'varchar', length: '6000', default: "'[]'" }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('catalog_product', 'images');
  }
}
