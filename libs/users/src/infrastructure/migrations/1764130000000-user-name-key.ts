import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * ts_user.user_name_key: the name trimmed and in lower case, unique. Log-in and registration
 * compare it, so names differ by more than case or surrounding spaces on every engine (SQLite
 * compared them exactly, MariaDB's collation ignored case and trailing spaces). Fails, naming
 * the index, should a database already hold two names that differ only so: rename one first.
 */
export class UserNameKey1764130000000 implements MigrationInterface {
  name = 'UserNameKey1764130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'ts_user',
      new TableColumn({ name: 'user_name_key', type: 'varchar', length: '32', isNullable: true }),
    );
    await queryRunner.query('UPDATE ts_user SET user_name_key = LOWER(TRIM(user_name))');
    await queryRunner.createIndex(
      'ts_user',
      new TableIndex({
        name: 'UQ_ts_user_user_name_key',
        columnNames: ['user_name_key'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('ts_user', 'UQ_ts_user_user_name_key');
    await queryRunner.dropColumn('ts_user', 'user_name_key');
  }
}
