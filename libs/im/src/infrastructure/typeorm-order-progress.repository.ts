import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import type { DataSource } from 'typeorm';
import { OrderProgressRepository } from '../application/order-progress.repository.js';
import { OrderChangeOutOfOrderError } from '../domain/errors.js';
import { OrderProgressEntity } from './im.entities.js';

@Injectable()
export class TypeOrmOrderProgressRepository extends OrderProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async advance(
    orderId: number,
    userId: number,
    sequence: number,
    acceptGap: boolean,
  ): Promise<boolean> {
    const manager = ambientManager(this.dataSource);
    const row = await manager.findOneBy(OrderProgressEntity, { orderId });
    const last = row?.lastSequence ?? 0;
    if (sequence <= last) return false;
    if (sequence !== last + 1 && !acceptGap)
      throw new OrderChangeOutOfOrderError(orderId, sequence, last);
    if (!row) {
      // Two first changes at once: the loser's unique violation makes the bus try it again.
      await manager.insert(OrderProgressEntity, { orderId, userId, lastSequence: sequence });
      return true;
    }
    const result = await manager.update(
      OrderProgressEntity,
      { orderId, lastSequence: last },
      { lastSequence: sequence },
    );
    if ((result.affected ?? 0) !== 1) throw new OrderChangeOutOfOrderError(orderId, sequence, last);
    return true;
  }
}
