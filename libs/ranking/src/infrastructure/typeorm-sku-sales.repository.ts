import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { SkuSalesRepository } from '../application/sku-sales.repository.js';
import type { SalesChange } from '../domain/sales-change.js';
import { SkuSalesEntity } from './sku-sales.entity.js';

/**
 * The counts as one relative UPDATE per SKU (no read-then-write race), an INSERT for a SKU
 * counted for the first time, in the caller's unit of work. Two first sales of one SKU at once
 * both find no row; the INSERT that loses the race (a duplicate key, only that statement undone)
 * adds with the UPDATE again, so neither event has to be retried.
 */
@Injectable()
export class TypeOrmSkuSalesRepository extends SkuSalesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async add(changes: SalesChange[]): Promise<void> {
    const manager = ambientManager(this.dataSource);
    for (const change of changes) {
      if (await addTo(manager, change)) continue;
      try {
        await manager.insert(SkuSalesEntity, {
          skuId: change.skuId,
          units: change.units,
          paidUnits: change.paidUnits,
        });
      } catch (error) {
        if (!isUniqueViolation(error) || !(await addTo(manager, change))) throw error;
      }
    }
  }
}

/** Adds `change` to its SKU's row; false when the SKU has none yet. */
async function addTo(manager: EntityManager, change: SalesChange): Promise<boolean> {
  const updated = await manager
    .createQueryBuilder()
    .update(SkuSalesEntity)
    .set({
      units: () => 'units + :units',
      paidUnits: () => 'paid_units + :paidUnits',
    })
    .where('sku_id = :skuId')
    .setParameters({ ...change })
    .execute();
  return (updated.affected ?? 0) > 0;
}
