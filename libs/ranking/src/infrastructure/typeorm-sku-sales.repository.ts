import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { SkuSalesRepository } from '../application/sku-sales.repository.js';
import type { SalesChange } from '../domain/sales-change.js';
import { SkuSalesEntity } from './sku-sales.entity.js';

/**
 * The counts as one relative UPDATE per SKU (no read-then-write race), an INSERT for a SKU
 * counted for the first time, in the caller's unit of work.
 */
@Injectable()
export class TypeOrmSkuSalesRepository extends SkuSalesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async add(changes: SalesChange[]): Promise<void> {
    const manager = ambientManager(this.dataSource);
    for (const change of changes) {
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
      if ((updated.affected ?? 0) === 0)
        await manager.insert(SkuSalesEntity, {
          skuId: change.skuId,
          units: change.units,
          paidUnits: change.paidUnits,
        });
    }
  }
}
