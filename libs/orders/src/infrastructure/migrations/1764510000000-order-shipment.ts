import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** orders_order_shipment: the carrier shipment of a shipped order, and when it was delivered. */
export class OrderShipment1764510000000 implements MigrationInterface {
  name = 'OrderShipment1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'orders_order_shipment',
        columns: [
          { name: 'order_id', type: 'integer', isPrimary: true },
          { name: 'carrier', type: 'varchar', length: '32', isNullable: false },
          { name: 'tracking_number', type: 'varchar', length: '64', isNullable: false },
          { name: 'shipped_at', type: 'datetime', isNullable: false },
          { name: 'delivered_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IX_orders_order_shipment_delivered', columnNames: ['delivered_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders_order_shipment');
  }
}
