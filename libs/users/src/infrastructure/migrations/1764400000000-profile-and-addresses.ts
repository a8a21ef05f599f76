import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The buyer's side: ts_user's profile columns (nickname, avatar_url, email) and anonymised_at
 * (a deleted account's personal data erased), user_shipping_address (a buyer's addresses) and
 * user_address_book (one row per buyer with addresses: the version that guards their changes).
 */
export class ProfileAndAddresses1764400000000 implements MigrationInterface {
  name = 'ProfileAndAddresses1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('ts_user', [
      new TableColumn({ name: 'nickname', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'avatar_url', type: 'varchar', length: '512', isNullable: true }),
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'anonymised_at', type: 'datetime', isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'user_refresh_token',
      new TableIndex({ name: 'IX_user_refresh_token_user', columnNames: ['user_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_shipping_address',
        columns: [
          {
            name: 'address_id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'user_id', type: 'integer', isNullable: false },
          { name: 'recipient', type: 'varchar', length: '64', isNullable: false },
          { name: 'mobile', type: 'varchar', length: '20', isNullable: false },
          { name: 'province', type: 'varchar', length: '64', isNullable: false },
          { name: 'city', type: 'varchar', length: '64', isNullable: false },
          { name: 'district', type: 'varchar', length: '64', isNullable: false },
          { name: 'street', type: 'varchar', length: '255', isNullable: false },
          { name: 'postal_code', type: 'varchar', length: '6', isNullable: true },
          { name: 'is_default', type: 'boolean', isNullable: false, default: false },
          { name: 'created_at', type: 'datetime', isNullable: false },
          { name: 'updated_at', type: 'datetime', isNullable: false },
        ],
        indices: [{ name: 'IX_user_shipping_address_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_address_book',
        columns: [
          { name: 'user_id', type: 'integer', isPrimary: true },
          { name: 'version', type: 'integer', isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('user_address_book');
    await queryRunner.dropTable('user_shipping_address');
    await queryRunner.dropIndex('user_refresh_token', 'IX_user_refresh_token_user');
    await queryRunner.dropColumns('ts_user', ['nickname', 'avatar_url', 'email', 'anonymised_at']);
  }
}
