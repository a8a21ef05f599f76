import {
  ConflictError,
  InvalidArgumentError,
  NotFoundError,
  UnprocessableError,
} from '@nestmall/platform';

/**
 * PENDING (being placed: TCC in progress) -> CREATED (awaiting payment) -> PAID -> SHIPPED ->
 * RECEIVED -> CLOSED; FAILED when placing it was cancelled (not enough stock, say); CANCELLED
 * when its buyer cancelled it before shipping (its units go back to available).
 */
export type OrderStatus =
  'PENDING' | 'CREATED' | 'PAID' | 'SHIPPED' | 'RECEIVED' | 'CLOSED' | 'FAILED' | 'CANCELLED';

/** Statuses whose units count as sold. */
export const SOLD_STATUSES: readonly OrderStatus[] = [
  'CREATED',
  'PAID',
  'SHIPPED',
  'RECEIVED',
  'CLOSED',
];
/** Statuses a buyer may still cancel. */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['CREATED', 'PAID'];

/**
 * How an order was placed: 'tcc' (a TCC global transaction; answered when settled) or 'message'
 * (the two-phase message: committed PENDING with an OrderRequested event; the inventory's
 * StockDeducted makes it CREATED, its StockRejected makes it FAILED).
 */
export type OrderConsistency = 'tcc' | 'message';

export interface OrderItem {
  skuId: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
}

export interface Order {
  orderId: number;
  gid: string;
  userId: number;
  status: OrderStatus;
  consistency: OrderConsistency;
  items: OrderItem[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_ITEMS = 20;
export const MAX_QUANTITY = 99;

/**
 * Shipping fee: free from 99.00 (9900 cents) of goods, else a flat 10.00 (1000 cents), the usual
 * rule of the shops the course describes ("计算订单总价格、快递费").
 */
export const FREE_SHIPPING_FROM_CENTS = 9900;
export const FLAT_SHIPPING_CENTS = 1000;

export function shippingFeeCents(subtotalCents: number): number {
  return subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export interface RequestedLine {
  skuId: string;
  quantity: number;
}

/** Checked here as well as at the REST edge, so gRPC callers get the same rules. */
export function checkRequestedLines(lines: RequestedLine[]): void {
  if (!Array.isArray(lines) || lines.length === 0)
    throw new InvalidArgumentError('items must not be empty');
  if (lines.length > MAX_ITEMS)
    throw new InvalidArgumentError(`items must have at most ${MAX_ITEMS} lines`);
  const seen = new Set<string>();
  for (const line of lines) {
    if (!/^[A-Z0-9]{1,32}$/.test(line.skuId ?? '')) {
      throw new InvalidArgumentError(`sku_id "${line.skuId}" is not a SKU code`);
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      throw new InvalidArgumentError(
        `quantity of ${line.skuId} must be an integer from 1 to ${MAX_QUANTITY}`,
      );
    }
    if (seen.has(line.skuId))
      throw new InvalidArgumentError(`sku_id ${line.skuId} appears twice in items`);
    seen.add(line.skuId);
  }
}

export class OrderNotFoundError extends NotFoundError {
  constructor(orderId: number) {
    super(`order ${orderId} not found`);
  }
}

export class OrderNotCancellableError extends ConflictError {
  constructor(orderId: number, status: OrderStatus) {
    super(`order ${orderId} is ${status} and can no longer be cancelled`);
  }
}

/** A concurrent cancel got there first: cancelling again answers the CANCELLED order. */
export class OrderAlreadyCancelledError extends ConflictError {
  constructor(orderId: number) {
    super(`order ${orderId} is already CANCELLED`);
  }
}

export class OrderNotPayableError extends ConflictError {
  constructor(orderId: number, status: OrderStatus) {
    super(`order ${orderId} is ${status} and cannot be paid`);
  }
}

/** The hot-SKU gate knows the stock is short (the inventory's own refusal says the same). */
export class NotEnoughStockError extends ConflictError {
  constructor(skuId: string, available: number, wanted: number) {
    super(`not enough stock for ${skuId}: ${available} available, ${wanted} wanted`);
  }
}

export class UnknownSkuError extends NotFoundError {
  constructor(skuId: string) {
    super(`sku ${skuId} not found`);
  }
}

export class SkuOffShelfError extends ConflictError {
  constructor(skuId: string) {
    super(`sku ${skuId} is off shelf`);
  }
}

/** The Idempotency-Key was used by a concurrent request first (its order is the answer). */
export class DuplicateIdempotencyKeyError extends Error {}

/** The Idempotency-Key already stands for another request: answering its order would mislead. */
export class IdempotencyKeyReusedError extends UnprocessableError {
  constructor(key: string) {
    super(`Idempotency-Key "${key}" was already used for a different order`);
  }
}

/**
 * Whether `order` answers the request for `lines`: the same SKUs in the same quantities, in any
 * order of lines. The lines are the whole of an order request today; a field added to the
 * request must join this comparison.
 */
export function sameRequest(order: Pick<Order, 'items'>, lines: RequestedLine[]): boolean {
  const canonical = (pairs: { skuId: string; quantity: number }[]) =>
    pairs
      .map((p) => `${p.skuId}\u0000${p.quantity}`)
      .sort()
      .join('\n');
  return canonical(order.items) === canonical(lines);
}
