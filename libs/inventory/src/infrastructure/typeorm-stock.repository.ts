import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STOCK_DEDUCTED, STOCK_REJECTED, type StockOutcomePayload } from '@nestmall/contracts';
import { newEvent, Outbox, type IntegrationEvent } from '@nestmall/messaging';
import { ambientManager } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { StockRepository } from '../application/stock.repository.js';
import { StockHold, type StockHoldEvent } from '../domain/stock-hold.js';
import { refusal, type StockLevels, type StockMove } from '../domain/stock.js';
import { StockHoldLineEntity, StockEntity } from './stock.entities.js';

/**
 * Stock moves as guarded single-row UPDATEs (the row lock is the whole check: no read-then-write
 * race), in the hold's SKU order, in the caller's unit of work.
 */
@Injectable()
export class TypeOrmStockRepository extends StockRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async addHold(hold: StockHold): Promise<void> {
    await this.applyAll(hold.pullMoves());
    if (hold.lines.length)
      await this.manager.insert(
        StockHoldLineEntity,
        hold.lines.map((l) => ({ gid: hold.gid, skuId: l.skuId, quantity: l.quantity })),
      );
    await this.outbox.append(hold.pullEvents().flatMap(toIntegrationEvent));
  }

  async saveHold(hold: StockHold): Promise<void> {
    await this.applyAll(hold.pullMoves());
    await this.outbox.append(hold.pullEvents().flatMap(toIntegrationEvent));
  }

  async findHold(gid: string, status: 'FROZEN' | 'SOLD'): Promise<StockHold | null> {
    const lines = await this.manager.find(StockHoldLineEntity, {
      where: { gid },
      order: { skuId: 'ASC' },
    });
    if (lines.length === 0) return null;
    return StockHold.restore(
      gid,
      lines.map((l) => ({ skuId: l.skuId, quantity: Number(l.quantity) })),
      status,
    );
  }

  async restock(move: StockMove): Promise<StockLevels> {
    if (!(await this.apply(move))) throw refusal(move, null);
    return toLevels((await this.manager.findOneBy(StockEntity, { skuId: move.skuId }))!);
  }

  async find(skuId: string): Promise<StockLevels | null> {
    const row = await this.manager.findOneBy(StockEntity, { skuId });
    return row ? toLevels(row) : null;
  }

  async list(): Promise<StockLevels[]> {
    return (await this.manager.find(StockEntity, { order: { skuId: 'ASC' } })).map(toLevels);
  }

  /**
   * Applies `moves` in order, all or none: at the first refused one the moves already applied
   * are undone (in this transaction: nobody saw them) and its refusal is thrown.
   */
  private async applyAll(moves: StockMove[]): Promise<void> {
    const applied: StockMove[] = [];
    for (const move of moves) {
      if (await this.apply(move)) {
        applied.push(move);
        continue;
      }
      for (const back of applied.reverse()) await this.apply(inverse(back));
      throw refusal(move, await this.find(move.skuId));
    }
  }

  /** One guarded UPDATE; false when its guard refused it (or the SKU does not exist). */
  private async apply(move: StockMove): Promise<boolean> {
    const { from, to, quantity, skuId } = move;
    const totalIn = move.kind === 'restock' ? ', total_in = total_in + ?' : '';
    const sql = from
      ? `UPDATE inventory_stock SET ${from} = ${from} - ?, ${to} = ${to} + ? WHERE sku_id = ? AND ${from} >= ?`
      : `UPDATE inventory_stock SET ${to} = ${to} + ?${totalIn} WHERE sku_id = ?`;
    const parameters = from
      ? [quantity, quantity, skuId, quantity]
      : [quantity, ...(totalIn ? [quantity] : []), skuId];
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error('stock moves run inside a unit of work');
    const result = await runner.query(sql, parameters, true);
    return (result.affected ?? 0) === 1;
  }
}

/** Puts back what `move` took (within the transaction that made it). */
function inverse(move: StockMove): StockMove {
  if (!move.from) throw new Error(`a ${move.kind} is not undone`);
  return { ...move, from: move.to, to: move.from };
}

/** The hold's events that other contexts hear of: the answers to OrderRequested. */
function toIntegrationEvent(event: StockHoldEvent): IntegrationEvent[] {
  const headers = (causationId?: string): Record<string, string> =>
    causationId ? { causation_id: causationId } : {};
  if (event.type === 'StockDeducted') {
    const payload: StockOutcomePayload = { gid: event.gid, order_id: event.orderId };
    return [newEvent(STOCK_DEDUCTED, payload, headers(event.causationId))];
  }
  if (event.type === 'StockRejected') {
    const payload: StockOutcomePayload = {
      gid: event.gid,
      order_id: event.orderId,
      reason: event.reason,
    };
    return [newEvent(STOCK_REJECTED, payload, headers(event.causationId))];
  }
  return [];
}

export function toLevels(row: StockEntity): StockLevels {
  return {
    skuId: row.skuId,
    available: Number(row.available),
    frozen: Number(row.frozen),
    sold: Number(row.sold),
    totalIn: Number(row.totalIn),
  };
}
