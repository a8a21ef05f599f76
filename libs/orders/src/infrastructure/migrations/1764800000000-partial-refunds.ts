import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Partial refunds: an order's lines count their units refunded and returned through after-sales
 * (the invariant checker counts units sold less units returned), and a request names the units
 * it asks back (`lines`, JSON; null on older rows: the whole order). Orders that were REFUNDED
 * or had their stock back before this count all their units so.
 */
export class PartialRefunds1764800000000 implements MigrationInterface {
  name = 'PartialRefunds1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('orders_order_item', [
      new TableColumn({ name: 'refunded_quantity', type: 'integer', default: 0 }),
      new TableColumn({ name: 'returned_quantity', type: 'integer', default: 0 }),
    ]);
    await queryRunner.addColumn(
      'orders_after_sales',
      new TableColumn({ name: 'lines', type: 'varchar', length: '2000', isNullable: true }),
    );
    await queryRunner.query(
      'UPDATE orders_order_item SET refunded_quantity = quantity WHERE order_id IN ' +
        "(SELECT order_id FROM orders_order WHERE status = 'REFUNDED')",
    );
    await queryRunner.query(
      'UPDATE orders_order_item SET returned_quantity = quantity WHERE order_id IN ' +
        '(SELECT order_id FROM orders_order WHERE stock_returned = 1)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('orders_after_sales', 'lines');
    await queryRunner.dropColumn('orders_order_item', 'returned_quantity');
    await queryRunner.dropColumn('orders_order_item', 'refunded_quantity');
  }
}
