import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The orders the rankings count, and their lines (best sellers, trending, bought together). */
export class RankedOrders1764150000000 implements MigrationInterface {
  name = 'RankedOrders1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ranking_orders',
        columns: [
          { name: 'order_id', type: 'int', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'paid_day', type: 'varchar', length: '10', isNullable: true },
          { name: 'version', type: 'int' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'ranking_orders',
      new TableIndex({ name: 'IDX_ranking_orders_paid', columnNames: ['status', 'paid_day'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ranking_order_lines',
        columns: [
          { name: 'order_id', type: 'int', isPrimary: true },
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'product_id', type: 'int' },
          { name: 'category_id', type: 'int', isNullable: true },
          { name: 'quantity', type: 'int' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'ranking_order_lines',
      new TableIndex({ name: 'IDX_ranking_order_lines_product', columnNames: ['product_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ranking_order_lines');
    await queryRunner.dropTable('ranking_orders');
  }
}
