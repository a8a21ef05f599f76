import { Injectable } from '@nestjs/common';
import { UnknownSkuError, type SkuLine } from '@nestmall/ports/catalog';
import { InvalidArgumentError, UnitOfWork } from '@nestmall/ports/platform';
import { BranchBarrier, type BarrierOp } from '@nestmall/ports/transactions';
import { StockHold } from '../domain/stock-hold.js';
import { checkStockLines, restockMove } from '../domain/stock.js';
import { StockRepository } from './stock.repository.js';
import {
  toLedgerView,
  toStockView,
  type StockLedgerView,
  type StockLineInput,
  type StockView,
} from './stock-views.js';

const GID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function checkGid(gid: string): void {
  if (!GID_PATTERN.test(gid ?? ''))
    throw new InvalidArgumentError('gid must be 1 to 64 letters, digits, _ or -');
}

/**
 * The inventory context's use cases: the TCC participant's operations (each one unit of work
 * with its barrier row (gid, 'inventory', op), so a repeat changes nothing), and reads.
 */
@Injectable()
export class StockOperations {
  constructor(
    private readonly stock: StockRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly barrier: BranchBarrier,
  ) {}

  /** Try: available -> frozen for every line, all or none. */
  async freeze(gid: string, items: StockLineInput[]): Promise<void> {
    checkGid(gid);
    // Bad lines are refused before a transaction opens (the hold checks them again, inside).
    const lines = checkStockLines(items.map((i) => ({ skuId: i.sku_id, quantity: i.quantity })));
    return this.guarded(gid, 'try', () => this.stock.addHold(StockHold.freeze(gid, lines)));
  }

  /** Confirm: frozen -> sold for the lines `gid` froze. */
  async deduct(gid: string): Promise<void> {
    checkGid(gid);
    return this.guarded(gid, 'confirm', () => this.transition(gid, 'FROZEN', (h) => h.confirm()));
  }

  /** Cancel: frozen -> available; a Cancel with no Try records itself and does nothing. */
  async unfreeze(gid: string): Promise<void> {
    checkGid(gid);
    return this.guarded(gid, 'cancel', () => this.transition(gid, 'FROZEN', (h) => h.release()));
  }

  /**
   * An order cancelled after its stock was sold: sold -> available, once (the barrier row
   * (gid, 'inventory', 'return')). The cancel-order transaction and the OrderCancelled event both
   * come here: whichever is first returns the units, the other finds the row and does nothing.
   */
  async returnStock(gid: string): Promise<void> {
    checkGid(gid);
    return this.unitOfWork.run(async () => {
      if (await this.barrier.insertOnce(gid, 'return'))
        await this.transition(gid, 'SOLD', (h) => h.return());
    });
  }

  /**
   * Some units of an order sold under `gid` came back through its after-sales request
   * `requestId`: those units sold -> available, once per request (the barrier row
   * (gid, 'inventory', 'ret-<requestId>')), whatever other requests of the order return.
   */
  async returnUnits(gid: string, requestId: number, units: SkuLine[]): Promise<void> {
    checkGid(gid);
    if (!Number.isSafeInteger(requestId) || requestId < 1)
      throw new InvalidArgumentError('request_id must be a positive integer');
    return this.unitOfWork.run(async () => {
      if (await this.barrier.insertOnce(gid, `ret-${requestId}`))
        await this.transition(gid, 'SOLD', (h) => h.returnUnits(units));
    });
  }

  async restock(skuId: string, quantity: number): Promise<StockView> {
    const move = restockMove(skuId, quantity);
    return toStockView(await this.unitOfWork.run(() => this.stock.restock(move)));
  }

  async get(skuId: string): Promise<StockView> {
    const stock = await this.stock.find(skuId);
    if (!stock) throw new UnknownSkuError(skuId);
    return toStockView(stock);
  }

  async ledger(): Promise<StockLedgerView[]> {
    return (await this.stock.list()).map(toLedgerView);
  }

  private guarded(gid: string, op: BarrierOp, business: () => Promise<void>): Promise<void> {
    return this.unitOfWork.run(async () => {
      await this.barrier.guard(gid, op, business);
    });
  }

  private async transition(
    gid: string,
    status: 'FROZEN' | 'SOLD',
    change: (hold: StockHold) => void,
  ): Promise<void> {
    const hold = await this.stock.findHold(gid, status);
    if (!hold) return; // its Try froze nothing: nothing to move
    change(hold);
    await this.stock.saveHold(hold);
  }
}
