import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * orders_after_sales (a buyer's return or refund request and staff's decision) and
 * orders_order.stock_returned (its units went back after it was sold: the invariant checker no
 * longer counts them as sold).
 */
export class AfterSales1764500000000 implements MigrationInterface {
  name = 'AfterSales1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'orders_order',
      new TableColumn({ name: 'stock_returned', type: 'boolean', default: false }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'orders_after_sales',
        columns: [
          {
            name: 'request_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'order_id', type: 'integer', isNullable: false },
          { name: 'user_id', type: 'integer', isNullable: false },
          { name: 'kind', type: 'varchar', length: '8', isNullable: false },
          { name: 'status', type: 'varchar', length: '16', isNullable: false },
          { name: 'reason', type: 'varchar', length: '255', isNullable: false },
          { name: 'refund_cents', type: 'integer', isNullable: false },
          { name: 'decision_reason', type: 'varchar', length: '255', isNullable: true },
          { name: 'decided_by', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime', isNullable: false },
          { name: 'updated_at', type: 'datetime', isNullable: false },
        ],
        indices: [
          { name: 'IX_orders_after_sales_order', columnNames: ['order_id'] },
          { name: 'IX_orders_after_sales_status', columnNames: ['status'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders_after_sales');
    await queryRunner.dropColumn('orders_order', 'stock_returned');
  }
}
