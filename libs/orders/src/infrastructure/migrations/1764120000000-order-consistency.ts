import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** How an order was placed: 'tcc' (every order before this column) or 'message'. */
export class OrderConsistency1764120000000 implements MigrationInterface {
  name = 'OrderConsistency1764120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'orders_order',
      new TableColumn({ name: 'consistency', type: 'varchar', length: '8', default: "'tcc'" }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('orders_order', 'consistency');
  }
}
