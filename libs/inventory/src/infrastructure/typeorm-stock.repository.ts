import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runInTransaction } from '@nestmall/platform';
import { insertIgnore, withBarrier } from '@nestmall/transactions';
import type { DataSource, EntityManager } from 'typeorm';
import { StockRepository } from '../application/stock.repository.js';
import {
  InsufficientStockError,
  UnknownSkuError,
  type Stock,
  type StockLine,
} from '../domain/stock.js';
import { INVENTORY_BARRIER_TABLE } from './migrations/1764080000000-create-inventory.js';
import { FreezeLineEntity, StockEntity } from './stock.entities.js';

const BRANCH = 'inventory';

/**
 * Stock moves as guarded single-row UPDATEs (the row lock is the whole check: no read-then-write
 * race), in SKU order, each TCC step in one short local transaction with its barrier row.
 */
@Injectable()
export class TypeOrmStockRepository extends StockRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async freeze(gid: string, lines: StockLine[]): Promise<void> {
    await runInTransaction(this.dataSource, (m) =>
      withBarrier(m, INVENTORY_BARRIER_TABLE, gid, BRANCH, 'try', async () => {
        for (const line of lines) {
          const moved = await affected(
            m,
            'UPDATE inventory_stock SET available = available - ?, frozen = frozen + ? WHERE sku_id = ? AND available >= ?',
            [line.quantity, line.quantity, line.skuId, line.quantity],
          );
          if (moved === 0) {
            const stock = await m.findOneBy(StockEntity, { skuId: line.skuId });
            if (!stock) throw new UnknownSkuError(line.skuId);
            throw new InsufficientStockError(line.skuId, stock.available, line.quantity);
          }
        }
        await m.insert(
          FreezeLineEntity,
          lines.map((l) => ({ gid, skuId: l.skuId, quantity: l.quantity })),
        );
      }),
    );
  }

  async deduct(gid: string): Promise<void> {
    await this.move(gid, 'confirm', 'frozen', 'sold');
  }

  async unfreeze(gid: string): Promise<void> {
    await this.move(gid, 'cancel', 'frozen', 'available');
  }

  async returnStock(gid: string): Promise<void> {
    await runInTransaction(this.dataSource, (m) => returnStockIn(m, gid));
  }

  async restock(skuId: string, quantity: number): Promise<Stock> {
    return runInTransaction(this.dataSource, async (m) => {
      const moved = await affected(
        m,
        'UPDATE inventory_stock SET available = available + ?, total_in = total_in + ? WHERE sku_id = ?',
        [quantity, quantity, skuId],
      );
      if (moved === 0) throw new UnknownSkuError(skuId);
      return toStock((await m.findOneBy(StockEntity, { skuId }))!);
    });
  }

  async find(skuId: string): Promise<Stock | null> {
    const row = await this.dataSource.manager.findOneBy(StockEntity, { skuId });
    return row ? toStock(row) : null;
  }

  async list(): Promise<Stock[]> {
    return (await this.dataSource.manager.find(StockEntity, { order: { skuId: 'ASC' } })).map(
      toStock,
    );
  }

  private async move(
    gid: string,
    op: 'confirm' | 'cancel',
    from: Column,
    to: Column,
  ): Promise<void> {
    await runInTransaction(this.dataSource, (m) =>
      withBarrier(m, INVENTORY_BARRIER_TABLE, gid, BRANCH, op, () =>
        this.moveLines(m, gid, from, to),
      ),
    );
  }

  private moveLines(m: EntityManager, gid: string, from: Column, to: Column): Promise<void> {
    return moveLines(m, gid, from, to);
  }
}

/**
 * An order cancelled after its stock was deducted: sold -> available for the lines `gid` took,
 * once (the barrier row (gid, 'inventory', 'return')), inside the caller's transaction `m`. Both
 * the cancel-order transaction and the OrderCancelled event come here: whichever is first
 * returns the units, the other finds the barrier row and does nothing.
 */
export async function returnStockIn(m: EntityManager, gid: string): Promise<void> {
  if ((await insertIgnore(m, INVENTORY_BARRIER_TABLE, gid, BRANCH, 'return')) === 0) return;
  await moveLines(m, gid, 'sold', 'available');
}

async function moveLines(m: EntityManager, gid: string, from: Column, to: Column): Promise<void> {
  const lines = await m.find(FreezeLineEntity, { where: { gid }, order: { skuId: 'ASC' } });
  for (const line of lines) {
    const moved = await affected(
      m,
      `UPDATE inventory_stock SET ${from} = ${from} - ?, ${to} = ${to} + ? WHERE sku_id = ? AND ${from} >= ?`,
      [line.quantity, line.quantity, line.skuId, line.quantity],
    );
    // Only a broken ledger gets here; rolling back keeps it from getting worse.
    if (moved === 0)
      throw new Error(`inventory ledger broken: ${line.skuId} has less ${from} than ${gid} holds`);
  }
}

type Column = 'available' | 'frozen' | 'sold';

async function affected(m: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result = await m.queryRunner!.query(sql, parameters, true);
  return result.affected ?? 0;
}

function toStock(row: StockEntity): Stock {
  return {
    skuId: row.skuId,
    available: Number(row.available),
    frozen: Number(row.frozen),
    sold: Number(row.sold),
    totalIn: Number(row.totalIn),
  };
}
