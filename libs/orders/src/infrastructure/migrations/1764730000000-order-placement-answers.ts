import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The two-phase message's answers on an order (ORDER_CONSISTENCY=message): the inventory's to its
 * stock and the marketing context's to its coupon ('OK' | 'REFUSED', null until it arrives). An
 * order with a coupon settles when both are in.
 */
export class OrderPlacementAnswers1764730000000 implements MigrationInterface {
  name = 'OrderPlacementAnswers1764730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('orders_order', [
      new TableColumn({ name: 'stock_answer', type: 'varchar', length: '8', isNullable: true }),
      new TableColumn({ name: 'coupon_answer', type: 'varchar', length: '8', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('orders_order', 'coupon_answer');
    await queryRunner.dropColumn('orders_order', 'stock_answer');
  }
}
