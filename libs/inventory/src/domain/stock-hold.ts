import type { SkuLine } from '@nestmall/ports/catalog';
import { checkStockLines, stockMove, type StockMove, type StockMoveKind } from './stock.js';

/** What happened to a hold; StockDeducted and StockRejected answer an order's OrderRequested. */
export type StockHoldEvent =
  | { type: 'StockFrozen' | 'StockConfirmed' | 'StockReleased' | 'StockReturned'; gid: string }
  | { type: 'StockDeducted'; gid: string; orderId: number; causationId?: string }
  | { type: 'StockRejected'; gid: string; orderId: number; reason: string; causationId?: string };

export type StockHoldStatus = 'FROZEN' | 'SOLD' | 'RELEASED' | 'RETURNED' | 'REJECTED';

/**
 * The units one global transaction (its gid) holds, line by line: what its Try froze, or what
 * its two-phase message deducted. Each transition checks the hold's status, decides the stock
 * moves (applied by the repository as guarded UPDATEs in SKU order, all or none) and records its
 * event. Only the lines are stored: a repeated operation is stopped earlier, by the barrier
 * (each op's row), so a loaded hold's status is what the op that loads it expects.
 */
export class StockHold {
  private moves: StockMove[];
  private events: StockHoldEvent[] = [];

  private constructor(
    readonly gid: string,
    /** Sorted by SKU. */
    readonly lines: readonly SkuLine[],
    private status: StockHoldStatus,
    kind: StockMoveKind | null,
    event: StockHoldEvent | null,
  ) {
    this.moves = kind ? lines.map((line) => stockMove(kind, line)) : [];
    if (event) this.events.push(event);
  }

  /** TCC Try: available -> frozen. @throws InvalidArgumentError for bad lines */
  static freeze(gid: string, lines: readonly SkuLine[]): StockHold {
    return new StockHold(gid, checkStockLines(lines), 'FROZEN', 'freeze', {
      type: 'StockFrozen',
      gid,
    });
  }

  /**
   * The two-phase message: available -> sold at once, answered with StockDeducted.
   * @throws InvalidArgumentError for bad lines (the caller rejects the order with its message)
   */
  static deduct(
    gid: string,
    orderId: number,
    lines: readonly SkuLine[],
    causationId?: string,
  ): StockHold {
    return new StockHold(gid, checkStockLines(lines), 'SOLD', 'deduct', {
      type: 'StockDeducted',
      gid,
      orderId,
      causationId,
    });
  }

  /** The two-phase message refused: nothing moves, StockRejected says why. */
  static reject(gid: string, orderId: number, reason: string, causationId?: string): StockHold {
    return new StockHold(gid, [], 'REJECTED', null, {
      type: 'StockRejected',
      gid,
      orderId,
      reason,
      causationId,
    });
  }

  /** A stored hold: its units are frozen, or sold (their status is not stored: see above). */
  static restore(gid: string, lines: readonly SkuLine[], status: 'FROZEN' | 'SOLD'): StockHold {
    return new StockHold(gid, lines, status, null, null);
  }

  get currentStatus(): StockHoldStatus {
    return this.status;
  }

  /** TCC Confirm: frozen -> sold. */
  confirm(): void {
    this.transition('FROZEN', 'SOLD', 'confirm', 'StockConfirmed');
  }

  /** TCC Cancel: frozen -> available. */
  release(): void {
    this.transition('FROZEN', 'RELEASED', 'release', 'StockReleased');
  }

  /** Its order was cancelled after it was sold: sold -> available. */
  return(): void {
    this.transition('SOLD', 'RETURNED', 'return', 'StockReturned');
  }

  /**
   * Some of its units came back (an after-sales request of its order): those units sold ->
   * available; the hold stays SOLD for the rest. Each unit comes back once: the orders context
   * counts the units returned per line and asks for no more than a line has left, and the
   * barrier row of the request stops a repeat.
   * @throws Error for an SKU it does not hold or more units than it holds (nothing moves)
   */
  returnUnits(units: readonly SkuLine[]): void {
    if (this.status !== 'SOLD')
      throw new Error(`hold ${this.gid} is ${this.status}: cannot return units (needs SOLD)`);
    const lines = checkStockLines(units);
    for (const unit of lines) {
      const held = this.lines.find((l) => l.skuId === unit.skuId);
      if (!held || unit.quantity > held.quantity)
        throw new Error(`hold ${this.gid} holds no ${unit.quantity} x ${unit.skuId} to return`);
    }
    this.moves.push(...lines.map((line) => stockMove('return', line)));
    this.events.push({ type: 'StockReturned', gid: this.gid });
  }

  /** The moves decided since the last call (the repository applies them). */
  pullMoves(): StockMove[] {
    const moves = this.moves;
    this.moves = [];
    return moves;
  }

  /** The events recorded since the last call (the repository saves them to the outbox). */
  pullEvents(): StockHoldEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  private transition(
    from: StockHoldStatus,
    to: StockHoldStatus,
    kind: StockMoveKind,
    type: 'StockConfirmed' | 'StockReleased' | 'StockReturned',
  ): void {
    if (this.status !== from)
      throw new Error(`hold ${this.gid} is ${this.status}: cannot ${kind} (needs ${from})`);
    this.status = to;
    this.moves.push(...this.lines.map((line) => stockMove(kind, line)));
    this.events.push({ type, gid: this.gid });
  }
}
