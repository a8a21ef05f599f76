import { barrierTable } from '@nestmall/transactions';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const ORDERS_BARRIER_TABLE = 'orders_tcc_barrier';

export class CreateOrders1764090000000 implements MigrationInterface {
  name = 'CreateOrders1764090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'orders_order',
        columns: [
          {
            name: 'order_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'gid', type: 'varchar', length: '64' },
          { name: 'user_id', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'subtotal_cents', type: 'int' },
          { name: 'shipping_cents', type: 'int' },
          { name: 'total_cents', type: 'int' },
          { name: 'idempotency_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'failure_reason', type: 'varchar', length: '255', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        uniques: [
          { name: 'UQ_orders_order_gid', columnNames: ['gid'] },
          // NULL keys do not collide (MySQL and SQLite alike): only keyed requests are de-duplicated.
          { name: 'UQ_orders_order_idempotency', columnNames: ['user_id', 'idempotency_key'] },
        ],
      }),
    );
    await queryRunner.createIndex(
      'orders_order',
      new TableIndex({ name: 'IDX_orders_order_user', columnNames: ['user_id', 'order_id'] }),
    );
    await queryRunner.createIndex(
      'orders_order',
      new TableIndex({ name: 'IDX_orders_order_status', columnNames: ['status'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'orders_order_item',
        columns: [
          { name: 'order_id', type: 'int', isPrimary: true },
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'quantity', type: 'int' },
          { name: 'unit_price_cents', type: 'int' },
          { name: 'line_total_cents', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(barrierTable(ORDERS_BARRIER_TABLE));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(ORDERS_BARRIER_TABLE);
    await queryRunner.dropTable('orders_order_item');
    await queryRunner.dropTable('orders_order');
  }
}
