import { barrierTable } from '@nestmall/transactions';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export const INVENTORY_BARRIER_TABLE = 'inventory_tcc_barrier';

export class CreateInventory1764080000000 implements MigrationInterface {
  name = 'CreateInventory1764080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inventory_stock',
        columns: [
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'available', type: 'int' },
          { name: 'frozen', type: 'int' },
          { name: 'sold', type: 'int' },
          { name: 'total_in', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inventory_freeze',
        columns: [
          { name: 'gid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'sku_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'quantity', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(barrierTable(INVENTORY_BARRIER_TABLE));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(INVENTORY_BARRIER_TABLE);
    await queryRunner.dropTable('inventory_freeze');
    await queryRunner.dropTable('inventory_stock');
  }
}
