import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** user_refresh_token (refresh tokens by hash, grouped by log-in session), SQLite and MySQL. */
export class CreateUserRefreshToken1764300000000 implements MigrationInterface {
  name = 'CreateUserRefreshToken1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_refresh_token',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'integer', isNullable: false },
          { name: 'session_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'expires_at_ms', type: 'bigint', isNullable: false },
          { name: 'used_at_ms', type: 'bigint', isNullable: true },
          { name: 'revoked', type: 'boolean', isNullable: false, default: false },
        ],
        indices: [{ name: 'IX_user_refresh_token_session', columnNames: ['session_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('user_refresh_token');
  }
}
