import { ConflictError } from '@nestmall/ports/platform';
import { utcDay } from './period.js';

/** One line of an order as the rankings count it: the SKU, its product and category, units. */
export interface RankedLine {
  skuId: string;
  productId: number;
  /** The catalog's category of the product; null when the catalog has none (uncategorised). */
  categoryId: number | null;
  quantity: number;
}

export type RankedOrderStatus = 'placed' | 'paid' | 'cancelled';

export class RankedOrderChangedConcurrentlyError extends ConflictError {
  constructor(orderId: number) {
    super(`ranked order ${orderId} was changed concurrently`);
  }
}

/**
 * An order as the rankings see it, from the orders context's events. Its lines count in the
 * rankings while it is paid, in the UTC day it was paid (`paidDay`); a cancellation takes them
 * back from that day, whatever day it comes. Events may come late or twice: a cancelled order
 * stays cancelled, a payment is counted once, and an order first heard of by its payment or its
 * cancellation is recorded from that event's lines.
 */
export class RankedOrder {
  private linesTakenBack = false;

  private constructor(
    readonly orderId: number,
    private _lines: readonly RankedLine[],
    private _status: RankedOrderStatus,
    private _paidDay: string | null,
    /** The version it was loaded at (0: new); the repository's optimistic guard. */
    readonly version: number,
    private _changed: boolean,
  ) {}

  static placed(orderId: number, lines: readonly RankedLine[]): RankedOrder {
    return new RankedOrder(orderId, lines, 'placed', null, 0, true);
  }

  static restore(state: {
    orderId: number;
    lines: readonly RankedLine[];
    status: RankedOrderStatus;
    paidDay: string | null;
    version: number;
  }): RankedOrder {
    return new RankedOrder(
      state.orderId,
      state.lines,
      state.status,
      state.paidDay,
      state.version,
      false,
    );
  }

  get status(): RankedOrderStatus {
    return this._status;
  }

  get lines(): readonly RankedLine[] {
    return this._lines;
  }

  /** Whether save() must write its lines' units (some were taken back). */
  get linesChanged(): boolean {
    return this.linesTakenBack;
  }

  get paidDay(): string | null {
    return this._paidDay;
  }

  /** Whether save() has something to write. */
  get changed(): boolean {
    return this._changed;
  }

  /** Whether its lines count in the rankings now. */
  get counted(): boolean {
    return this._status === 'paid';
  }

  /** Paid at `at`: counts from the UTC day of `at`. A paid or cancelled order does not change. */
  pay(at: Date): boolean {
    if (this._status !== 'placed') return false;
    this._status = 'paid';
    this._paidDay = utcDay(at);
    this._changed = true;
    return true;
  }

  /**
   * Some of its units were refunded (an after-sales request): those no longer count, in the
   * day they were paid; once none is left it is cancelled. A cancelled order does not change.
   */
  takeBack(units: readonly { skuId: string; quantity: number }[]): boolean {
    if (this._status === 'cancelled') return false;
    this._lines = this._lines.map((line) => {
      const back = units
        .filter((u) => u.skuId === line.skuId)
        .reduce((sum, u) => sum + u.quantity, 0);
      return back ? { ...line, quantity: Math.max(0, line.quantity - back) } : line;
    });
    this.linesTakenBack = true;
    this._changed = true;
    if (this._lines.every((l) => l.quantity === 0)) this._status = 'cancelled';
    return true;
  }

  /** Cancelled (or refunded): its units no longer count, in the day they were paid. */
  cancel(): boolean {
    if (this._status === 'cancelled') return false;
    this._status = 'cancelled';
    this._changed = true;
    return true;
  }
}
