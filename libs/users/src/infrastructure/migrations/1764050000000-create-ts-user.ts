import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** ts_user, portable across SQLite and MySQL/MariaDB through TypeORM's Table API. */
export class CreateTsUser1764050000000 implements MigrationInterface {
  name = 'CreateTsUser1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ts_user',
        columns: [
          {
            name: 'user_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'user_name', type: 'varchar', length: '32', isNullable: false },
          { name: 'user_pwd', type: 'varchar', length: '255', isNullable: false },
          { name: 'user_mobile', type: 'varchar', length: '20', isNullable: false },
          { name: 'created_at', type: 'datetime', isNullable: false },
          { name: 'updated_at', type: 'datetime', isNullable: false },
          { name: 'deleted_at', type: 'datetime', isNullable: true },
        ],
        uniques: [{ name: 'UQ_ts_user_user_name', columnNames: ['user_name'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ts_user');
  }
}
