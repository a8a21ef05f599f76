import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The relay leases a whole batch with one UPDATE and learns which rows it got by `lease_token`
 * (a random id per pass): several relays share one outbox without leasing row by row. Events
 * written together share their `created_at_ms`; `position` (their order in that write) breaks
 * the tie, so an aggregate's events go out in the order it recorded them. And the outbox's head
 * (unpublished, oldest first) is read from an index, not sorted out of the backlog.
 */
export class OutboxBatches1764920000000 implements MigrationInterface {
  name = 'OutboxBatches1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'messaging_outbox',
      new TableColumn({ name: 'lease_token', type: 'varchar', length: '36', isNullable: true }),
    );
    await queryRunner.addColumn(
      'messaging_outbox',
      new TableColumn({ name: 'position', type: 'int', default: 0 }),
    );
    await queryRunner.createIndex(
      'messaging_outbox',
      new TableIndex({
        name: 'IDX_messaging_outbox_head',
        columnNames: ['published_at_ms', 'created_at_ms', 'position'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('messaging_outbox', 'IDX_messaging_outbox_head');
    await queryRunner.dropColumn('messaging_outbox', 'position');
    await queryRunner.dropColumn('messaging_outbox', 'lease_token');
  }
}
