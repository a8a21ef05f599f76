import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { RankedOrderRepository } from '../application/ranked-order.repository.js';
import {
  RankedOrder,
  RankedOrderChangedConcurrentlyError,
  type RankedOrderStatus,
} from '../domain/ranked-order.js';
import { RankedOrderEntity, RankedOrderLineEntity } from './ranked-order.entities.js';

/** Ranked orders in two tables, in the caller's unit of work, guarded by their version. */
@Injectable()
export class TypeOrmRankedOrderRepository extends RankedOrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findById(orderId: number): Promise<RankedOrder | null> {
    const manager = ambientManager(this.dataSource);
    const row = await manager.findOneBy(RankedOrderEntity, { orderId });
    if (!row) return null;
    const lines = await manager.find(RankedOrderLineEntity, {
      where: { orderId },
      order: { skuId: 'ASC' },
    });
    return RankedOrder.restore({
      orderId,
      status: row.status as RankedOrderStatus,
      paidDay: row.paidDay,
      version: row.version,
      lines: lines.map((l) => ({
        skuId: l.skuId,
        productId: l.productId,
        categoryId: l.categoryId,
        quantity: l.quantity,
      })),
    });
  }

  async save(order: RankedOrder): Promise<void> {
    const manager = ambientManager(this.dataSource);
    const state = { status: order.status, paidDay: order.paidDay, version: order.version + 1 };
    if (order.version === 0) {
      const exists = await manager.existsBy(RankedOrderEntity, { orderId: order.orderId });
      if (exists) throw new RankedOrderChangedConcurrentlyError(order.orderId);
      await manager.insert(RankedOrderEntity, { orderId: order.orderId, ...state });
      if (order.lines.length > 0)
        await manager.insert(
          RankedOrderLineEntity,
          order.lines.map((l) => ({ orderId: order.orderId, ...l })),
        );
      return;
    }
    const updated = await manager.update(
      RankedOrderEntity,
      { orderId: order.orderId, version: order.version },
      state,
    );
    if ((updated.affected ?? 0) === 0) throw new RankedOrderChangedConcurrentlyError(order.orderId);
    if (order.linesChanged)
      for (const line of order.lines)
        await manager.update(
          RankedOrderLineEntity,
          { orderId: order.orderId, skuId: line.skuId },
          { quantity: line.quantity },
        );
  }
}
