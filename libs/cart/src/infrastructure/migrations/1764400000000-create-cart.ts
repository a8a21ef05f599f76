import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The cart's tables (CART_STORE=database): a row per cart, a row per line. */
export class CreateCart1764400000000 implements MigrationInterface {
  name = 'CreateCart1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'cart_cart',
        columns: [
          { name: 'owner', type: 'varchar', length: '40', isPrimary: true },
          { name: 'version', type: 'int' },
          { name: 'checked_out_orders', type: 'text' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cart_line',
        columns: [
          { name: 'owner', type: 'varchar', length: '40', isPrimary: true },
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'quantity', type: 'int' },
          { name: 'price_when_added_cents', type: 'int' },
          { name: 'added_at', type: 'datetime' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('cart_line');
    await queryRunner.dropTable('cart_cart');
  }
}
