import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An order's lines record the SKU's product and category when it was placed, so the order's
 * events carry them and the rankings need not ask the catalog for each OrderPlaced. Null on the
 * lines placed before (the rankings ask the catalog for those, as before).
 *
 * On a front whose orders_order_item is sharded over Spider (npm run shard:orders), this ALTER
 * changes only the front's table: run the same ALTER on each shard's orders_order_item first
 * (docs/operations.md, "Database clusters").
 */
export class OrderItemProduct1764940000000 implements MigrationInterface {
  name = 'OrderItemProduct1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('orders_order_item', [
      new TableColumn({ name: 'product_id', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'category_id', type: 'integer', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('orders_order_item', 'category_id');
    await queryRunner.dropColumn('orders_order_item', 'product_id');
  }
}
