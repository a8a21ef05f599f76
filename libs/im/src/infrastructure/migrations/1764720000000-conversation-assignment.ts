import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A conversation's status (OPEN | CLOSED), its assigned support staff member, when it was closed,
 * and a revision that guards changes of these (with last_seq). Existing conversations are OPEN
 * and unassigned.
 */
export class ConversationAssignment1764720000000 implements MigrationInterface {
  name = 'ConversationAssignment1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('im_conversation', [
      new TableColumn({ name: 'status', type: 'varchar', length: '8', default: "'OPEN'" }),
      new TableColumn({ name: 'assigned_staff_id', type: 'int', isNullable: true }),
      new TableColumn({ name: 'closed_at', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'revision', type: 'int', default: 0 }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['revision', 'closed_at', 'assigned_staff_id', 'status'])
      await queryRunner.dropColumn('im_conversation', column);
  }
}
