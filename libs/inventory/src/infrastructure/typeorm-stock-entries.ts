import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnknownSkuError } from '@nestmall/catalog';
import { STOCK_CHANGED, type StaffChangePayload } from '@nestmall/contracts';
import { newEvent, Outbox, type IntegrationEvent } from '@nestmall/messaging';
import { ambientManager, ConflictError, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import {
  StockEntries,
  type StockActor,
  type StockLedgerEntry,
} from '../application/stock-entries.js';
import type { StockEntry } from '../domain/stock-entry.js';
import type { StockLevels } from '../domain/stock.js';
import { StockEntity, StockEntryEntity } from './stock.entities.js';
import { toLevels } from './typeorm-stock.repository.js';

/**
 * Staff stock changes as one guarded UPDATE of the SKU's row (available and total_in move
 * together; `available >= -quantity` guards a decrease), then its ledger row and its audit record
 * (StockChanged into the outbox, for the admin context's audit log), in the caller's unit of work.
 */
@Injectable()
export class TypeOrmStockEntries extends StockEntries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async record(entry: StockEntry, actor: StockActor): Promise<StockLevels> {
    let started = false;
    if (!(await this.move(entry))) {
      const row = await this.manager.findOneBy(StockEntity, { skuId: entry.skuId });
      if (row)
        throw new ConflictError(
          `adjusting ${entry.skuId} by ${entry.quantity} would leave ${Number(row.available) + entry.quantity} available`,
        );
      if (entry.kind !== 'receive') throw new UnknownSkuError(entry.skuId);
      started = await this.start(entry);
    }
    const levels = toLevels((await this.manager.findOneBy(StockEntity, { skuId: entry.skuId }))!);
    await this.manager.insert(StockEntryEntity, {
      skuId: entry.skuId,
      kind: entry.kind,
      quantity: entry.quantity,
      reason: entry.reason,
      actorId: actor.staffId,
      actorEmail: actor.email,
      availableAfter: levels.available,
      totalInAfter: levels.totalIn,
      atMs: Date.now(),
    });
    await this.outbox.append([stockChanged(entry, actor, levels, started)]);
    return levels;
  }

  async ledger(
    skuId: string,
    offset: number,
    limit: number,
  ): Promise<{ entries: StockLedgerEntry[]; total: number }> {
    const [rows, total] = await this.manager.findAndCount(StockEntryEntity, {
      where: { skuId },
      order: { id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return {
      total,
      entries: rows.map((r) => ({
        id: Number(r.id),
        skuId: r.skuId,
        kind: r.kind as StockEntry['kind'],
        quantity: Number(r.quantity),
        reason: r.reason,
        actor: { staffId: Number(r.actorId), email: r.actorEmail },
        availableAfter: Number(r.availableAfter),
        totalInAfter: Number(r.totalInAfter),
        at: new Date(Number(r.atMs)),
      })),
    };
  }

  /** The guarded UPDATE; false when the SKU has no row or a decrease would go below zero. */
  private async move(entry: StockEntry): Promise<boolean> {
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error('stock entries run inside a unit of work');
    const result = await runner.query(
      'UPDATE inventory_stock SET available = available + ?, total_in = total_in + ? WHERE sku_id = ? AND available + ? >= 0',
      [entry.quantity, entry.quantity, entry.skuId, entry.quantity],
      true,
    );
    return (result.affected ?? 0) === 1;
  }

  /**
   * The first goods of a SKU: its stock row (another receive racing for it: add to that one).
   * True when this made the row.
   */
  private async start(entry: StockEntry): Promise<boolean> {
    try {
      await this.manager.insert(StockEntity, {
        skuId: entry.skuId,
        available: entry.quantity,
        frozen: 0,
        sold: 0,
        totalIn: entry.quantity,
      });
    } catch (error) {
      if (!isUniqueViolation(error) || !(await this.move(entry))) throw error;
      return false;
    }
    return true;
  }
}

/** The audit record of a staff stock change: the SKU's stock before and after, and the entry. */
function stockChanged(
  entry: StockEntry,
  actor: StockActor,
  levels: StockLevels,
  started: boolean,
): IntegrationEvent {
  const payload: StaffChangePayload = {
    actor_id: actor.staffId,
    actor_email: actor.email,
    action: `stock.${entry.kind}`,
    entity_type: 'stock',
    entity_id: entry.skuId,
    before: started
      ? null
      : {
          sku_id: entry.skuId,
          available: levels.available - entry.quantity,
          total_in: levels.totalIn - entry.quantity,
        },
    after: {
      sku_id: entry.skuId,
      available: levels.available,
      total_in: levels.totalIn,
      quantity: entry.quantity,
      reason: entry.reason,
    },
  };
  return newEvent(STOCK_CHANGED, payload);
}
