import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The IM's conversations, their messages and the order status pushes' progress. */
export class CreateIm1764600000000 implements MigrationInterface {
  name = 'CreateIm1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'im_conversation',
        columns: [
          {
            name: 'conversation_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'order_id', type: 'int' },
          { name: 'buyer_id', type: 'int' },
          { name: 'last_seq', type: 'int' },
          { name: 'buyer_read_seq', type: 'int' },
          { name: 'staff_read_seq', type: 'int' },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'im_conversation',
      new TableIndex({
        name: 'UQ_im_conversation_order',
        columnNames: ['order_id'],
        isUnique: true,
      }),
    );
    await queryRunner.createIndex(
      'im_conversation',
      new TableIndex({
        name: 'IDX_im_conversation_buyer',
        columnNames: ['buyer_id', 'updated_at'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'im_message',
        columns: [
          { name: 'conversation_id', type: 'int', isPrimary: true },
          { name: 'seq', type: 'int', isPrimary: true },
          { name: 'sender_role', type: 'varchar', length: '8' },
          { name: 'sender_id', type: 'int' },
          { name: 'body', type: 'varchar', length: '2000' },
          { name: 'sent_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'im_order_progress',
        columns: [
          { name: 'order_id', type: 'int', isPrimary: true },
          { name: 'user_id', type: 'int' },
          { name: 'last_sequence', type: 'int' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('im_order_progress');
    await queryRunner.dropTable('im_message');
    await queryRunner.dropTable('im_conversation');
  }
}
