import { barrierTable } from '@nestmall/transactions';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const MARKETING_BARRIER_TABLE = 'marketing_tcc_barrier';

const id = (name: string) => ({
  name,
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment' as const,
});

export class CreateMarketing1764200000000 implements MigrationInterface {
  name = 'CreateMarketing1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'marketing_coupon_template',
        columns: [
          id('template_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'amount_off_cents', type: 'int' },
          { name: 'percent_off', type: 'int' },
          { name: 'min_spend_cents', type: 'int' },
          { name: 'valid_from_ms', type: 'bigint' },
          { name: 'valid_until_ms', type: 'bigint' },
          { name: 'total_quantity', type: 'int' },
          { name: 'per_user_limit', type: 'int' },
          // Guarded: claimed < total_quantity in the UPDATE that counts a claim.
          { name: 'claimed', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_coupon_claims',
        columns: [
          { name: 'template_id', type: 'int', isPrimary: true },
          { name: 'user_id', type: 'int', isPrimary: true },
          // Guarded: claimed < per_user_limit.
          { name: 'claimed', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_coupon',
        columns: [
          id('coupon_id'),
          { name: 'template_id', type: 'int' },
          { name: 'user_id', type: 'int' },
          { name: 'status', type: 'varchar', length: '16' },
          // The global transaction that locked it (NULLs do not collide: one coupon per gid).
          { name: 'gid', type: 'varchar', length: '64', isNullable: true },
          { name: 'discount_cents', type: 'int', isNullable: true },
          { name: 'claimed_at_ms', type: 'bigint' },
        ],
        uniques: [{ name: 'UQ_marketing_coupon_gid', columnNames: ['gid'] }],
      }),
    );
    await queryRunner.createIndex(
      'marketing_coupon',
      new TableIndex({ name: 'IDX_marketing_coupon_user', columnNames: ['user_id', 'coupon_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_red_packet',
        columns: [
          id('red_packet_id'),
          { name: 'total_cents', type: 'int' },
          { name: 'shares', type: 'int' },
          { name: 'created_at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_red_packet_share',
        columns: [
          { name: 'red_packet_id', type: 'int', isPrimary: true },
          { name: 'seq', type: 'int', isPrimary: true },
          { name: 'amount_cents', type: 'int' },
          { name: 'user_id', type: 'int', isNullable: true },
          { name: 'claimed_at_ms', type: 'bigint', isNullable: true },
        ],
        // One share per user and packet; unclaimed shares (NULL) do not collide.
        uniques: [
          { name: 'UQ_marketing_red_packet_user', columnNames: ['red_packet_id', 'user_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_sku_discount',
        columns: [
          id('discount_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'sku_id', type: 'varchar', length: '32' },
          { name: 'percent_off', type: 'int' },
          { name: 'valid_from_ms', type: 'bigint' },
          { name: 'valid_until_ms', type: 'bigint' },
        ],
        indices: [{ name: 'IDX_marketing_sku_discount_sku', columnNames: ['sku_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'marketing_spend_and_save',
        columns: [
          id('rule_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'every_cents', type: 'int' },
          { name: 'off_cents', type: 'int' },
          { name: 'valid_from_ms', type: 'bigint' },
          { name: 'valid_until_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createTable(barrierTable(MARKETING_BARRIER_TABLE));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(MARKETING_BARRIER_TABLE);
    await queryRunner.dropTable('marketing_spend_and_save');
    await queryRunner.dropTable('marketing_sku_discount');
    await queryRunner.dropTable('marketing_red_packet_share');
    await queryRunner.dropTable('marketing_red_packet');
    await queryRunner.dropTable('marketing_coupon');
    await queryRunner.dropTable('marketing_coupon_claims');
    await queryRunner.dropTable('marketing_coupon_template');
  }
}
