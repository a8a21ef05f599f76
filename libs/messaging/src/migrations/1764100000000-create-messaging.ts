import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateMessaging1764100000000 implements MigrationInterface {
  name = 'CreateMessaging1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'messaging_outbox',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type', type: 'varchar', length: '64' },
          { name: 'body', type: 'text' },
          { name: 'published_at_ms', type: 'bigint', isNullable: true },
          { name: 'attempts', type: 'int' },
          { name: 'next_attempt_at_ms', type: 'bigint' },
          { name: 'lease_until_ms', type: 'bigint', isNullable: true },
          { name: 'created_at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'messaging_outbox',
      new TableIndex({
        name: 'IDX_messaging_outbox_due',
        columnNames: ['published_at_ms', 'next_attempt_at_ms'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'messaging_inbox',
        columns: [
          { name: 'consumer', type: 'varchar', length: '64', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'handled_at_ms', type: 'bigint' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('messaging_inbox');
    await queryRunner.dropTable('messaging_outbox');
  }
}
