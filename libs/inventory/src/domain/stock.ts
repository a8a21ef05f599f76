import { ConflictError, InvalidArgumentError, NotFoundError } from '@nestmall/platform';

/**
 * Stock of one SKU. Invariant, always: available + frozen + sold = total_in (initial stock plus
 * restocks), and none of them negative. Try moves available -> frozen, Confirm frozen -> sold,
 * Cancel frozen -> available; a cancelled order returns sold -> available.
 */
export interface Stock {
  skuId: string;
  available: number;
  frozen: number;
  sold: number;
  totalIn: number;
}

export interface StockLine {
  skuId: string;
  quantity: number;
}

export const MAX_LINE_QUANTITY = 10_000;

/** Lines sorted by SKU (a fixed lock order: two orders can never deadlock each other). */
export function normalizeLines(lines: StockLine[]): StockLine[] {
  if (lines.length === 0) throw new InvalidArgumentError('items must not be empty');
  const seen = new Set<string>();
  for (const line of lines) {
    if (
      !Number.isInteger(line.quantity) ||
      line.quantity < 1 ||
      line.quantity > MAX_LINE_QUANTITY
    ) {
      throw new InvalidArgumentError(
        `quantity of ${line.skuId} must be an integer from 1 to ${MAX_LINE_QUANTITY}`,
      );
    }
    if (seen.has(line.skuId)) throw new InvalidArgumentError(`sku_id ${line.skuId} appears twice`);
    seen.add(line.skuId);
  }
  return [...lines].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0));
}

export class UnknownSkuError extends NotFoundError {
  constructor(readonly skuId: string) {
    super(`sku ${skuId} not found`);
  }
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
