import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * orders_order_address (the copy of the address an order ships to) and orders_order_timeline
 * (every status change of an order with its time and cause; orders placed before this have
 * no entries).
 */
export class OrderAddressAndTimeline1764400000000 implements MigrationInterface {
  name = 'OrderAddressAndTimeline1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'orders_order_address',
        columns: [
          { name: 'order_id', type: 'integer', isPrimary: true },
          { name: 'address_id', type: 'integer', isNullable: false },
          { name: 'recipient', type: 'varchar', length: '64', isNullable: false },
          { name: 'mobile', type: 'varchar', length: '20', isNullable: false },
          { name: 'province', type: 'varchar', length: '64', isNullable: false },
          { name: 'city', type: 'varchar', length: '64', isNullable: false },
          { name: 'district', type: 'varchar', length: '64', isNullable: false },
          { name: 'street', type: 'varchar', length: '255', isNullable: false },
          { name: 'postal_code', type: 'varchar', length: '6', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'orders_order_timeline',
        columns: [
          {
            name: 'entry_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'order_id', type: 'integer', isNullable: false },
          { name: 'kind', type: 'varchar', length: '16', isNullable: false },
          { name: 'status', type: 'varchar', length: '16', isNullable: true },
          { name: 'cause', type: 'varchar', length: '64', isNullable: false },
          { name: 'detail', type: 'varchar', length: '255', isNullable: true },
          { name: 'occurred_at', type: 'datetime', isNullable: false },
        ],
        indices: [{ name: 'IX_orders_order_timeline_order', columnNames: ['order_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders_order_timeline');
    await queryRunner.dropTable('orders_order_address');
  }
}
