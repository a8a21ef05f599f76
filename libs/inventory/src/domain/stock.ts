import { checkSkuLines, UnknownSkuError, type SkuLine } from '@nestmall/ports/catalog';
import { ConflictError, InvalidArgumentError } from '@nestmall/ports/platform';

/**
 * Stock of one SKU. Invariant, always: available + frozen + sold = total_in (initial stock plus
 * restocks), and none of them negative. Every change is one of the STOCK_MOVES.
 */
export interface StockLevels {
  skuId: string;
  available: number;
  frozen: number;
  sold: number;
  totalIn: number;
}

export type StockColumn = 'available' | 'frozen' | 'sold';
export type StockMoveKind = 'freeze' | 'confirm' | 'release' | 'deduct' | 'return' | 'restock';

/** Where each move takes units from and where it puts them: the inventory's whole ledger. */
export const STOCK_MOVES: Readonly<
  Record<StockMoveKind, { from: StockColumn | null; to: StockColumn }>
> = {
  freeze: { from: 'available', to: 'frozen' }, // TCC Try
  confirm: { from: 'frozen', to: 'sold' }, // TCC Confirm
  release: { from: 'frozen', to: 'available' }, // TCC Cancel
  deduct: { from: 'available', to: 'sold' }, // the two-phase message
  return: { from: 'sold', to: 'available' }, // an order cancelled after it was sold
  restock: { from: null, to: 'available' }, // goods received: total_in grows as well
};

export const MAX_LINE_QUANTITY = 10_000;
export const MAX_RESTOCK_QUANTITY = 1_000_000;

/**
 * A decided change of one SKU's stock. Its precondition is `from >= quantity` (nothing goes below
 * zero): a database applies it as one guarded UPDATE, which is the check and the change at once.
 */
export interface StockMove {
  kind: StockMoveKind;
  skuId: string;
  quantity: number;
  from: StockColumn | null;
  to: StockColumn;
}

export function stockMove(kind: StockMoveKind, line: SkuLine): StockMove {
  return { kind, skuId: line.skuId, quantity: line.quantity, ...STOCK_MOVES[kind] };
}

/** Goods received. @throws InvalidArgumentError for a quantity out of range */
export function restockMove(skuId: string, quantity: number): StockMove {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_RESTOCK_QUANTITY) {
    throw new InvalidArgumentError(`quantity must be an integer from 1 to ${MAX_RESTOCK_QUANTITY}`);
  }
  return stockMove('restock', { skuId, quantity });
}

/** Whether `stock` allows `move`. */
export function permits(move: StockMove, stock: StockLevels): boolean {
  return move.from === null || stock[move.from] >= move.quantity;
}

/** `stock` after `move`. @throws the move's refusal when it does not permit it */
export function applyMove(move: StockMove, stock: StockLevels): StockLevels {
  if (!permits(move, stock)) throw refusal(move, stock);
  const after = { ...stock, [move.to]: stock[move.to] + move.quantity };
  if (move.from) after[move.from] -= move.quantity;
  if (move.kind === 'restock') after.totalIn += move.quantity;
  return after;
}

/** Why `move` was refused, given the SKU's stock as it is (null: no such SKU). */
export function refusal(move: StockMove, stock: StockLevels | null): Error {
  if (!stock) return new UnknownSkuError(move.skuId);
  if (move.from === 'available')
    return new InsufficientStockError(move.skuId, stock.available, move.quantity);
  // Frozen or sold units that a transaction holds are missing: only a broken ledger gets here.
  return new Error(
    `inventory ledger broken: ${move.skuId} has ${move.from ? stock[move.from] : 0} ${move.from}, ` +
      `fewer than the ${move.quantity} to ${move.kind}`,
  );
}

/** Lines of a stock move, checked and sorted by SKU (the fixed lock order). */
export function checkStockLines(lines: readonly SkuLine[]): SkuLine[] {
  return checkSkuLines(lines, { maxQuantity: MAX_LINE_QUANTITY });
}

export class InsufficientStockError extends ConflictError {
  constructor(
    readonly skuId: string,
    available: number,
    wanted: number,
  ) {
    super(`not enough stock for ${skuId}: ${available} available, ${wanted} wanted`);
  }
}
