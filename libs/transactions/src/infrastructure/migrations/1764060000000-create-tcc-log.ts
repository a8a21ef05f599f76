import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The TCC coordinator's log: tcc_global_tx and tcc_branch (in the coordinator's database). */
export class CreateTccLog1764060000000 implements MigrationInterface {
  name = 'CreateTccLog1764060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tcc_global_tx',
        columns: [
          { name: 'gid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'finished', type: 'smallint' },
          { name: 'payload', type: 'text' },
          { name: 'attempts', type: 'int' },
          { name: 'flagged', type: 'smallint' },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'lease_until_ms', type: 'bigint', isNullable: true },
          { name: 'next_attempt_at_ms', type: 'bigint' },
          { name: 'created_at_ms', type: 'bigint' },
          { name: 'updated_at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'tcc_global_tx',
      new TableIndex({
        name: 'IDX_tcc_global_tx_due',
        columnNames: ['finished', 'next_attempt_at_ms'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'tcc_branch',
        columns: [
          { name: 'gid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'branch', type: 'varchar', length: '32', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'updated_at_ms', type: 'bigint' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tcc_branch');
    await queryRunner.dropTable('tcc_global_tx');
  }
}
