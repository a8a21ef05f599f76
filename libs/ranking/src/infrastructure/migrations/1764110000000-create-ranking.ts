import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateRanking1764110000000 implements MigrationInterface {
  name = 'CreateRanking1764110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ranking_sku_sales',
        columns: [
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'units', type: 'int' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ranking_sku_sales');
  }
}
