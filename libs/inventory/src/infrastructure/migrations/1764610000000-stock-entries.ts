import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The ledger of staff stock changes per SKU: goods received and adjustments, with who and why. */
export class StockEntries1764610000000 implements MigrationInterface {
  name = 'StockEntries1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inventory_stock_entry',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'sku_id', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'quantity', type: 'int' },
          { name: 'reason', type: 'varchar', length: '200', isNullable: true },
          { name: 'actor_id', type: 'int' },
          { name: 'actor_email', type: 'varchar', length: '254' },
          { name: 'available_after', type: 'int' },
          { name: 'total_in_after', type: 'int' },
          { name: 'at_ms', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'inventory_stock_entry',
      new TableIndex({ name: 'IDX_inventory_stock_entry_sku', columnNames: ['sku_id', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inventory_stock_entry');
  }
}
