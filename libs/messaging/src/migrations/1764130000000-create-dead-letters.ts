import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Dead letters of the in-process bus (the monolith): an event a consumer failed to handle
 * MESSAGE_MAX_ATTEMPTS times, kept for an operator (`npm run dead-letters`). Over RabbitMQ they
 * live in each consumer's `.dead` queue instead.
 */
export class CreateDeadLetters1764130000000 implements MigrationInterface {
  name = 'CreateDeadLetters1764130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'messaging_dead_letter',
        columns: [
          { name: 'consumer', type: 'varchar', length: '64', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type', type: 'varchar', length: '64' },
          { name: 'body', type: 'text' },
          { name: 'error', type: 'varchar', length: '300' },
          { name: 'attempts', type: 'int' },
          { name: 'dead_at_ms', type: 'bigint' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('messaging_dead_letter');
  }
}
