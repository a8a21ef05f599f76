import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** thirdparty_tracking_event (carrier events heard, once each) and thirdparty_identity. */
export class CreateThirdparty1764500000000 implements MigrationInterface {
  name = 'CreateThirdparty1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'thirdparty_tracking_event',
        columns: [
          { name: 'carrier', type: 'varchar', length: '32', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'tracking_number', type: 'varchar', length: '64', isNullable: false },
          { name: 'order_id', type: 'integer', isNullable: false },
          { name: 'status', type: 'varchar', length: '20', isNullable: false },
          { name: 'occurred_at', type: 'datetime', isNullable: false },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'thirdparty_identity',
        columns: [
          { name: 'user_id', type: 'integer', isPrimary: true },
          { name: 'verdict', type: 'varchar', length: '10', isNullable: false },
          { name: 'masked_id_number', type: 'varchar', length: '18', isNullable: false },
          { name: 'provider', type: 'varchar', length: '48', isNullable: false },
          { name: 'reference', type: 'varchar', length: '64', isNullable: false },
          { name: 'verified_at', type: 'datetime', isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('thirdparty_identity');
    await queryRunner.dropTable('thirdparty_tracking_event');
  }
}
