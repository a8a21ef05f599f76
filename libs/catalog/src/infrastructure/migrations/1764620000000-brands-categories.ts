import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Brands and categories (one level of parents), names unique per kind whatever the case. */
export class BrandsCategories1764620000000 implements MigrationInterface {
  name = 'BrandsCategories1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const kind of ['brand', 'category'])
      await queryRunner.createTable(
        new Table({
          name: `catalog_${kind}`,
          columns: [
            { name: `${kind}_id`, type: 'int', isPrimary: true },
            { name: 'name', type: 'varchar', length: '100' },
            { name: 'name_key', type: 'varchar', length: '100', isUnique: true },
            ...(kind === 'category' ? [{ name: 'parent_id', type: 'int', isNullable: true }] : []),
            { name: 'version', type: 'int' },
          ],
        }),
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('catalog_category');
    await queryRunner.dropTable('catalog_brand');
  }
}
