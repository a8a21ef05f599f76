import { InvalidArgumentError } from '@nestmall/ports/platform';
import { MAX_RESTOCK_QUANTITY } from './stock.js';

/**
 * A stock change a staff member makes, as the SKU's ledger keeps it: goods received (quantity > 0)
 * or an adjustment with a reason (a count that found more or fewer units: damaged, lost, found).
 * Either moves `available` and `total_in` by the same quantity, so the invariant
 * available + frozen + sold = total_in keeps holding; an adjustment never takes `available` below
 * zero (units frozen or sold are the orders').
 */
export interface StockEntry {
  skuId: string;
  kind: 'receive' | 'adjust';
  /** Signed: what `available` and `total_in` change by. */
  quantity: number;
  reason: string | null;
}

export const MAX_STOCK_REASON = 200;

export function receiveEntry(skuId: string, quantity: unknown, note?: unknown): StockEntry {
  if (
    typeof quantity !== 'number' ||
    !Number.isInteger(quantity) ||
    quantity < 1 ||
    quantity > MAX_RESTOCK_QUANTITY
  )
    throw new InvalidArgumentError(`quantity must be an integer from 1 to ${MAX_RESTOCK_QUANTITY}`);
  return { skuId, kind: 'receive', quantity, reason: checkReason(note, 'note', false) };
}

export function adjustEntry(skuId: string, delta: unknown, reason: unknown): StockEntry {
  if (
    typeof delta !== 'number' ||
    !Number.isInteger(delta) ||
    delta === 0 ||
    Math.abs(delta) > MAX_RESTOCK_QUANTITY
  )
    throw new InvalidArgumentError(
      `delta must be a non-zero integer from -${MAX_RESTOCK_QUANTITY} to ${MAX_RESTOCK_QUANTITY}`,
    );
  return { skuId, kind: 'adjust', quantity: delta, reason: checkReason(reason, 'reason', true) };
}

function checkReason(value: unknown, field: string, required: boolean): string | null {
  if (value === undefined || value === null || value === '') {
    if (required)
      throw new InvalidArgumentError(`${field} must be 1 to ${MAX_STOCK_REASON} characters`);
    return null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_STOCK_REASON)
    throw new InvalidArgumentError(`${field} must be 1 to ${MAX_STOCK_REASON} characters`);
  return text;
}
