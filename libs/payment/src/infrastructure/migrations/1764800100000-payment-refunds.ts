import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * payment_refund: one row per refund of a payment (an after-sales request's amount, or what is
 * left when its order ended paid), with our refund id (the provider's idempotency key), the
 * provider's, the amount and its status. A payment is REFUNDED once they add up to its amount.
 */
export class PaymentRefunds1764800100000 implements MigrationInterface {
  name = 'PaymentRefunds1764800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'payment_refund',
        columns: [
          { name: 'refund_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'payment_id', type: 'varchar', length: '40' },
          { name: 'request_id', type: 'int', isNullable: true },
          { name: 'amount_cents', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'provider_refund_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'created_at_ms', type: 'bigint' },
          { name: 'updated_at_ms', type: 'bigint' },
        ],
        indices: [{ name: 'IDX_payment_refund_payment', columnNames: ['payment_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_refund');
  }
}
