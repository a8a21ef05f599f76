import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** admin_staff and admin_audit, portable across SQLite and MySQL/MariaDB. */
export class CreateAdmin1764500000000 implements MigrationInterface {
  name = 'CreateAdmin1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id = (name: string) => ({
      name,
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    });
    await queryRunner.createTable(
      new Table({
        name: 'admin_staff',
        columns: [
          id('staff_id'),
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'created_at_ms', type: 'bigint' },
          { name: 'version', type: 'int' },
        ],
        uniques: [{ name: 'UQ_admin_staff_email', columnNames: ['email'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'admin_audit',
        columns: [
          id('audit_id'),
          { name: 'actor_id', type: 'int' },
          { name: 'actor_email', type: 'varchar', length: '254' },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entity_type', type: 'varchar', length: '32' },
          { name: 'entity_id', type: 'varchar', length: '64' },
          { name: 'before_json', type: 'text', isNullable: true },
          { name: 'after_json', type: 'text', isNullable: true },
          { name: 'at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'admin_audit',
      new TableIndex({ name: 'IDX_admin_audit_entity', columnNames: ['entity_type', 'entity_id'] }),
    );
    await queryRunner.createIndex(
      'admin_audit',
      new TableIndex({ name: 'IDX_admin_audit_actor', columnNames: ['actor_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('admin_audit');
    await queryRunner.dropTable('admin_staff');
  }
}
