import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The discounts an order got (one row each) and the coupon it used. */
export class OrderDiscounts1764210000000 implements MigrationInterface {
  name = 'OrderDiscounts1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('orders_order', [
      new TableColumn({ name: 'discount_cents', type: 'int', default: 0 }),
      new TableColumn({ name: 'coupon_id', type: 'int', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'orders_order_discount',
        columns: [
          { name: 'order_id', type: 'int', isPrimary: true },
          { name: 'seq', type: 'int', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'source_id', type: 'int' },
          { name: 'label', type: 'varchar', length: '64' },
          { name: 'sku_id', type: 'varchar', length: '32', isNullable: true },
          { name: 'amount_cents', type: 'int' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('orders_order_discount');
    await queryRunner.dropColumn('orders_order', 'coupon_id');
    await queryRunner.dropColumn('orders_order', 'discount_cents');
  }
}
