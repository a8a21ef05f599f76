import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Units paid for per SKU (OrderPaid adds, a cancelled paid order takes back). */
export class PaidUnits1764140000000 implements MigrationInterface {
  name = 'PaidUnits1764140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'ranking_sku_sales',
      new TableColumn({ name: 'paid_units', type: 'int', default: 0 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('ranking_sku_sales', 'paid_units');
  }
}
