import { InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import { SKU_ID_PATTERN } from './sku.js';

/** So many units of one SKU: a line of an order, of a stock move. */
export interface SkuLine {
  skuId: string;
  quantity: number;
}

export interface SkuLineLimits {
  /** Lines at most (none: any number). */
  maxLines?: number;
  maxQuantity: number;
}

/**
 * The one rule for a list of SKU lines, whoever receives it (an order's items, a stock move):
 * not empty, SKU codes, whole quantities from 1 to the limit, each SKU once. Returns the lines
 * sorted by SKU, the fixed order in which stock rows are locked (two orders never deadlock).
 * @throws InvalidArgumentError naming the line
 */
export function checkSkuLines(lines: readonly SkuLine[], limits: SkuLineLimits): SkuLine[] {
  // A body may hold anything; Array.isArray on `lines` itself would narrow it to any[].
  const list: unknown = lines;
  if (!Array.isArray(list) || lines.length === 0)
    throw new InvalidArgumentError('items must not be empty');
  if (limits.maxLines !== undefined && lines.length > limits.maxLines)
    throw new InvalidArgumentError(`items must have at most ${limits.maxLines} lines`);
  const seen = new Set<string>();
  for (const line of lines) {
    if (!SKU_ID_PATTERN.test(line.skuId ?? ''))
      throw new InvalidArgumentError(`sku_id "${line.skuId}" is not a SKU code`);
    const { quantity } = line;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > limits.maxQuantity) {
      throw new InvalidArgumentError(
        `quantity of ${line.skuId} must be an integer from 1 to ${limits.maxQuantity}`,
      );
    }
    if (seen.has(line.skuId))
      throw new InvalidArgumentError(`sku_id ${line.skuId} appears twice in items`);
    seen.add(line.skuId);
  }
  return [...lines].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0));
}

/** No SKU of this code: in the catalog, or in the inventory's stock. */
export class UnknownSkuError extends NotFoundError {
  constructor(readonly skuId: string) {
    super(`sku ${skuId} not found`);
  }
}
