import type { SkuLine } from '@nestmall/catalog';
import { ConflictError, NotFoundError, UnprocessableError } from '@nestmall/platform';

/** A line as the buyer asks for it (checked by the catalog's one rule for SKU lines). */
export type RequestedLine = SkuLine;

/**
 * PENDING (being placed: TCC in progress) -> CREATED (awaiting payment) -> PAID -> SHIPPED ->
 * RECEIVED; FAILED when placing it was cancelled (not enough stock, say); CANCELLED when its
 * buyer cancelled it before shipping; CLOSED when it stayed unpaid too long (the course's
 * TRADE_CLOSED, 超时关闭). A CANCELLED or CLOSED order's units go back to available.
 */
export type OrderStatus =
  'PENDING' | 'CREATED' | 'PAID' | 'SHIPPED' | 'RECEIVED' | 'CLOSED' | 'FAILED' | 'CANCELLED';

/**
 * How an order was placed: 'tcc' (a TCC global transaction; answered when settled) or 'message'
 * (the two-phase message: committed PENDING with an OrderRequested event; the inventory's
 * StockDeducted makes it CREATED, its StockRejected makes it FAILED).
 */
export type OrderConsistency = 'tcc' | 'message';

export type OrderEventType =
  | 'OrderRequested'
  | 'OrderPlaced'
  | 'OrderFailed'
  | 'OrderPaid'
  | 'OrderCancelled'
  | 'OrderShipped'
  | 'OrderReceived'
  | 'OrderClosed';

/** What happened to an order; the repository saves those that other contexts hear of. */
export interface OrderEvent {
  type: OrderEventType;
  /** OrderCancelled: whether it had been paid (the buyer is owed a refund). */
  wasPaid?: boolean;
}

type Transition = 'confirm' | 'fail' | 'pay' | 'cancel' | 'ship' | 'receive' | 'close';

/** Every move of an order's status: from where it may start, where it ends, what it records. */
const TRANSITIONS: Readonly<
  Record<Transition, { from: readonly OrderStatus[]; to: OrderStatus; event: OrderEventType }>
> = {
  confirm: { from: ['PENDING'], to: 'CREATED', event: 'OrderPlaced' },
  fail: { from: ['PENDING'], to: 'FAILED', event: 'OrderFailed' },
  pay: { from: ['CREATED'], to: 'PAID', event: 'OrderPaid' },
  cancel: { from: ['CREATED', 'PAID'], to: 'CANCELLED', event: 'OrderCancelled' },
  ship: { from: ['PAID'], to: 'SHIPPED', event: 'OrderShipped' },
  receive: { from: ['SHIPPED'], to: 'RECEIVED', event: 'OrderReceived' },
  close: { from: ['CREATED'], to: 'CLOSED', event: 'OrderClosed' },
};

/** Statuses whose units count as sold. */
export const SOLD_STATUSES: readonly OrderStatus[] = ['CREATED', 'PAID', 'SHIPPED', 'RECEIVED'];
/** Statuses a buyer may still cancel. */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = TRANSITIONS.cancel.from;

export interface OrderItem {
  skuId: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
}

/** What placing an order starts from (also the place-order transaction's payload). */
export interface OrderDraft {
  gid: string;
  userId: number;
  idempotencyKey: string | null;
  consistency: OrderConsistency;
  items: OrderItem[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
}

export interface OrderSnapshot extends OrderDraft {
  /** 0 until the order is stored. */
  orderId: number;
  status: OrderStatus;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The order aggregate: every change of status is a method that checks where the order stands
 * and records its event. The status it was loaded (or last saved) with is the repository's
 * optimistic guard: a save that finds the row moved on changes nothing and fails.
 */
export class Order {
  private events: OrderEvent[] = [];
  private stored: OrderStatus | null;

  private constructor(
    private state: OrderSnapshot,
    stored: boolean,
  ) {
    this.stored = stored ? state.status : null;
  }

  /** A new order, PENDING; with the two-phase message it records OrderRequested. */
  static place(draft: OrderDraft, now = new Date()): Order {
    const items = [...draft.items].sort((a, b) => (a.skuId < b.skuId ? -1 : 1));
    const order = new Order(
      {
        ...draft,
        items,
        orderId: 0,
        status: 'PENDING',
        failureReason: null,
        createdAt: now,
        updatedAt: now,
      },
      false,
    );
    if (draft.consistency === 'message') order.events.push({ type: 'OrderRequested' });
    return order;
  }

  /** An order as stored. */
  static restore(snapshot: OrderSnapshot): Order {
    return new Order({ ...snapshot, items: [...snapshot.items] }, true);
  }

  get orderId(): number {
    return this.state.orderId;
  }
  get gid(): string {
    return this.state.gid;
  }
  get userId(): number {
    return this.state.userId;
  }
  get status(): OrderStatus {
    return this.state.status;
  }
  get consistency(): OrderConsistency {
    return this.state.consistency;
  }
  get items(): readonly OrderItem[] {
    return this.state.items;
  }
  get totalCents(): number {
    return this.state.totalCents;
  }
  get failureReason(): string | null {
    return this.state.failureReason;
  }
  /** The status the database holds for it (null: not stored yet): the optimistic guard. */
  get storedStatus(): OrderStatus | null {
    return this.stored;
  }

  snapshot(): OrderSnapshot {
    return { ...this.state, items: [...this.state.items] };
  }

  /** Placing it succeeded (TCC Confirm, or the inventory deducted): CREATED, OrderPlaced. */
  confirm(now = new Date()): void {
    this.transition('confirm', now);
  }

  /** Placing it was cancelled: FAILED. */
  fail(now = new Date()): void {
    this.transition('fail', now);
  }

  /** Why placing it failed, for its buyer (FAILED orders only). */
  explainFailure(reason: string): void {
    if (this.state.status !== 'FAILED')
      throw new OrderTransitionError(this.orderId, this.status, 'explain a failure of');
    this.state.failureReason = reason.slice(0, 255);
  }

  /**
   * The inventory's answer to a requested order (the two-phase message): deducted -> CREATED,
   * rejected -> FAILED with its reason. Returns false for an order settled already (an answer
   * delivered twice changes nothing).
   */
  settle(
    outcome: { deducted: true } | { deducted: false; reason: string },
    now = new Date(),
  ): boolean {
    if (this.state.status !== 'PENDING') return false;
    if (outcome.deducted) {
      this.confirm(now);
    } else {
      this.fail(now);
      this.explainFailure(outcome.reason);
    }
    return true;
  }

  /**
   * The buyer paid: CREATED -> PAID, OrderPaid. Returns false when it is PAID already (a retried
   * payment changes nothing). @throws OrderNotPayableError
   */
  pay(now = new Date()): boolean {
    if (this.state.status === 'PAID') return false;
    if (!TRANSITIONS.pay.from.includes(this.state.status))
      throw new OrderNotPayableError(this.orderId, this.status);
    this.transition('pay', now);
    return true;
  }

  /**
   * The buyer cancelled before shipping: CANCELLED, OrderCancelled (its units go back). Returns
   * false when it is CANCELLED already. @throws OrderNotCancellableError
   */
  cancel(now = new Date()): boolean {
    if (this.state.status === 'CANCELLED') return false;
    if (!CANCELLABLE_STATUSES.includes(this.state.status))
      throw new OrderNotCancellableError(this.orderId, this.status);
    const wasPaid = this.state.status === 'PAID';
    this.transition('cancel', now, { wasPaid });
    return true;
  }

  /** Handed to the carrier: PAID -> SHIPPED (no route calls it yet). */
  ship(now = new Date()): void {
    this.transition('ship', now);
  }

  /** The buyer has it: SHIPPED -> RECEIVED (no route calls it yet). */
  receive(now = new Date()): void {
    this.transition('receive', now);
  }

  /**
   * Unpaid too long: CREATED -> CLOSED, OrderClosed (its units go back, its open payment is
   * cancelled). Returns false when it is CLOSED already. @throws OrderTransitionError (paid,
   * cancelled, ...: it no longer waits for payment)
   */
  close(now = new Date()): boolean {
    if (this.state.status === 'CLOSED') return false;
    this.transition('close', now);
    return true;
  }

  /** The events recorded since the last call (the repository saves them to the outbox). */
  pullEvents(): OrderEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** What the database kept: the id it gave a new order, the timestamps at its precision. */
  markStored(stored: { orderId: number; createdAt: Date; updatedAt: Date }): void {
    Object.assign(this.state, stored);
    this.stored = this.state.status;
  }

  private transition(name: Transition, now: Date, extra: Partial<OrderEvent> = {}): void {
    const { from, to, event } = TRANSITIONS[name];
    if (!from.includes(this.state.status))
      throw new OrderTransitionError(this.orderId, this.state.status, name);
    this.state.status = to;
    this.state.updatedAt = now;
    this.events.push({ type: event, ...extra });
  }
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

/** A line priced from the catalog. */
export interface PricedLine {
  skuId: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
}

/** The order's money: line totals, subtotal, shipping, total (integer cents). */
export function draftOrder(
  head: Pick<OrderDraft, 'gid' | 'userId' | 'idempotencyKey' | 'consistency'>,
  lines: PricedLine[],
): OrderDraft {
  const items = lines.map((l) => ({ ...l, lineTotalCents: l.unitPriceCents * l.quantity }));
  const subtotalCents = items.reduce((sum, i) => sum + i.lineTotalCents, 0);
  const shippingCents = shippingFeeCents(subtotalCents);
  return {
    ...head,
    items,
    subtotalCents,
    shippingCents,
    totalCents: subtotalCents + shippingCents,
  };
}

export class OrderNotFoundError extends NotFoundError {
  constructor(orderId: number) {
    super(`order ${orderId} not found`);
  }
}

export class OrderTransitionError extends ConflictError {
  constructor(orderId: number, status: OrderStatus, action: string) {
    super(`order ${orderId} is ${status} and cannot ${action}`);
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

/** A save found the order's row no longer in the status it was read with. */
export class OrderChangedConcurrentlyError extends ConflictError {
  constructor(orderId: number) {
    super(`order ${orderId} was changed by another request; try again`);
  }
}

/** The hot-SKU gate knows the stock is short (the inventory's own refusal says the same). */
export class NotEnoughStockError extends ConflictError {
  constructor(skuId: string, available: number, wanted: number) {
    super(`not enough stock for ${skuId}: ${available} available, ${wanted} wanted`);
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
  const canonical = (pairs: readonly { skuId: string; quantity: number }[]) =>
    pairs
      .map((p) => `${p.skuId}\u0000${p.quantity}`)
      .sort()
      .join('\n');
  return canonical(order.items) === canonical(lines);
}
