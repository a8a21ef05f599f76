import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The payment context's table: one row per payment of an order, with its provider's id. */
export class CreatePayments1764400000000 implements MigrationInterface {
  name = 'CreatePayments1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'payment_payment',
        columns: [
          { name: 'payment_id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'order_id', type: 'int' },
          { name: 'user_id', type: 'int' },
          { name: 'method', type: 'varchar', length: '16' },
          { name: 'amount_cents', type: 'int' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'provider_payment_id', type: 'varchar', length: '64' },
          { name: 'checkout_url', type: 'varchar', length: '500' },
          { name: 'order_open', type: 'boolean' },
          { name: 'version', type: 'int' },
          { name: 'created_at_ms', type: 'bigint' },
          { name: 'updated_at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'payment_payment',
      new TableIndex({ name: 'IDX_payment_payment_order', columnNames: ['order_id'] }),
    );
    await queryRunner.createIndex(
      'payment_payment',
      new TableIndex({ name: 'IDX_payment_payment_created', columnNames: ['created_at_ms'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_payment');
  }
}
