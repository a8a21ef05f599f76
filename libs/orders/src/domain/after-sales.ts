import { ConflictError, InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import { AFTER_SALES_STATUSES, type Order, type OrderStatus } from './order.js';
import type { RefundLine } from './refund-quote.js';

/**
 * What a buyer asks for after paying: REFUND (the money back; the goods stay where they are:
 * with the buyer once shipped, in the warehouse when the order was only PAID, whose units then
 * go back at approval) or RETURN (the goods come back, then the money; only once shipped).
 */
export const AFTER_SALES_KINDS = ['REFUND', 'RETURN'] as const;
export type AfterSalesKind = (typeof AFTER_SALES_KINDS)[number];

/**
 * REQUESTED -> REJECTED (staff, with a reason: the order stays as it was; the buyer may ask
 * again) or APPROVED (staff, with a reason). An approved RETURN waits for its goods
 * (AWAITING_RETURN) until staff marks them received; then, or at once for a REFUND, REFUNDING
 * (the payment service refunds the request's amount of the order's payment) -> REFUNDED when
 * the provider confirms it (the order counts the units refunded; REFUNDED once all are).
 */
export type AfterSalesStatus =
  'REQUESTED' | 'REJECTED' | 'AWAITING_RETURN' | 'REFUNDING' | 'REFUNDED';

/** Statuses of a request still in progress: an order has at most one such request. */
export const OPEN_AFTER_SALES_STATUSES: readonly AfterSalesStatus[] = [
  'REQUESTED',
  'AWAITING_RETURN',
  'REFUNDING',
];

/**
 * What happened to a request: AfterSalesRefundRequested asks the payment service for the money
 * (the repository writes it to the outbox as OrderRefundRequested).
 */
export type AfterSalesEventType =
  | 'AfterSalesRequested'
  | 'AfterSalesRejected'
  | 'AfterSalesApproved'
  | 'AfterSalesReturnReceived'
  | 'AfterSalesRefundRequested'
  | 'AfterSalesRefunded';

export interface AfterSalesSnapshot {
  /** 0 until stored. */
  requestId: number;
  orderId: number;
  userId: number;
  kind: AfterSalesKind;
  status: AfterSalesStatus;
  reason: string;
  /**
   * The units it asks back, line by line (null: the whole order, as requests stored before
   * partial refunds were offered).
   */
  lines: RefundLine[] | null;
  /** What goes back for them: the order's refund rule's quote (domain/refund-quote.ts). */
  refundCents: number;
  /** The staff member's reason for the decision, and who decided. */
  decisionReason: string | null;
  decidedBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_REASON_LENGTH = 255;

/** The reason text as stored: trimmed, 1 to 255 characters. @throws InvalidArgumentError */
export function checkReason(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_REASON_LENGTH)
    throw new InvalidArgumentError(`${field} must be 1 to ${MAX_REASON_LENGTH} characters`);
  return text;
}

export function checkKind(value: unknown): AfterSalesKind {
  if (!AFTER_SALES_KINDS.includes(value as AfterSalesKind))
    throw new InvalidArgumentError(`kind must be one of ${AFTER_SALES_KINDS.join(', ')}`);
  return value as AfterSalesKind;
}

/**
 * The after-sales request aggregate: the rules of a return or refund request. The order's own
 * moves (its goods back, REFUNDED) stay the Order's (domain/order.ts); the use cases change both
 * in one unit of work.
 */
export class AfterSalesRequest {
  private events: AfterSalesEventType[] = [];
  private stored: AfterSalesStatus | null;

  private constructor(
    private state: AfterSalesSnapshot,
    stored: boolean,
  ) {
    this.stored = stored ? state.status : null;
  }

  /**
   * The buyer asks, for some units of some lines (`lines`), or for every unit not yet refunded
   * or asked back (none given). `requests` are the order's requests so far: their units (but
   * for rejected ones) are taken already, and the refund is what the order's quote says.
   * @throws AfterSalesNotAllowedError when the order is not PAID, SHIPPED or RECEIVED, or a
   * RETURN of goods never shipped; AfterSalesAlreadyOpenError when another request of the order
   * is in progress; InvalidArgumentError naming `lines[i].sku_id` or `lines[i].quantity`
   */
  static open(
    order: Pick<Order, 'orderId' | 'userId' | 'status' | 'items' | 'quoteRefund'>,
    request: { kind: unknown; reason: unknown; lines?: readonly RefundLine[] | null },
    requests: readonly AfterSalesRequest[],
    now = new Date(),
  ): AfterSalesRequest {
    const kind = checkKind(request.kind);
    const reason = checkReason(request.reason, 'reason');
    if (!AFTER_SALES_STATUSES.includes(order.status))
      throw new AfterSalesNotAllowedError(order.orderId, order.status, kind);
    if (kind === 'RETURN' && order.status === 'PAID')
      throw new AfterSalesNotAllowedError(order.orderId, order.status, kind);
    const open = requests.find((r) => r.isOpen);
    if (open) throw new AfterSalesAlreadyOpenError(order.orderId, open.requestId);
    const taken = requests.filter((r) => r.status !== 'REJECTED').flatMap((r) => r.unitsOf(order));
    const wanted = request.lines ?? remainingUnits(order, taken);
    if (!request.lines && wanted.length === 0) throw new AfterSalesNothingLeftError(order.orderId);
    const quote = order.quoteRefund(wanted, taken);
    const request_ = new AfterSalesRequest(
      {
        requestId: 0,
        orderId: order.orderId,
        userId: order.userId,
        kind,
        status: 'REQUESTED',
        reason,
        lines: quote.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
        refundCents: quote.refundCents,
        decisionReason: null,
        decidedBy: null,
        createdAt: now,
        updatedAt: now,
      },
      false,
    );
    request_.events.push('AfterSalesRequested');
    return request_;
  }

  static restore(snapshot: AfterSalesSnapshot): AfterSalesRequest {
    return new AfterSalesRequest(
      { ...snapshot, lines: snapshot.lines?.map((l) => ({ ...l })) ?? null },
      true,
    );
  }

  get requestId(): number {
    return this.state.requestId;
  }
  get orderId(): number {
    return this.state.orderId;
  }
  get userId(): number {
    return this.state.userId;
  }
  get kind(): AfterSalesKind {
    return this.state.kind;
  }
  get status(): AfterSalesStatus {
    return this.state.status;
  }
  get refundCents(): number {
    return this.state.refundCents;
  }
  /** The units it asks back (a request stored without lines: every unit of the order). */
  unitsOf(order: Pick<Order, 'items'>): RefundLine[] {
    return (
      this.state.lines?.map((l) => ({ ...l })) ??
      order.items.map((i) => ({ skuId: i.skuId, quantity: i.quantity }))
    );
  }
  get isOpen(): boolean {
    return OPEN_AFTER_SALES_STATUSES.includes(this.state.status);
  }
  /** The status it was loaded with: the repository's optimistic guard. */
  get storedStatus(): AfterSalesStatus | null {
    return this.stored;
  }

  snapshot(): AfterSalesSnapshot {
    return { ...this.state, lines: this.state.lines?.map((l) => ({ ...l })) ?? null };
  }

  /**
   * Staff approves: a RETURN waits for its goods; a REFUND asks for the money at once. Returns
   * what the order must do now: take its goods back (a REFUND of an order never shipped) and
   * whether the refund was asked for.
   * @throws AfterSalesTransitionError unless REQUESTED
   */
  approve(
    staffId: number,
    reason: unknown,
    orderStatus: OrderStatus,
    now = new Date(),
  ): { returnStock: boolean } {
    const text = checkReason(reason, 'reason');
    this.require('REQUESTED', 'approve');
    this.decide(staffId, text, now);
    this.events.push('AfterSalesApproved');
    if (this.state.kind === 'RETURN') {
      this.state.status = 'AWAITING_RETURN';
      return { returnStock: false };
    }
    this.askRefund(now);
    return { returnStock: orderStatus === 'PAID' };
  }

  /** Staff rejects, with a reason: the order stays as it was. @throws AfterSalesTransitionError */
  reject(staffId: number, reason: unknown, now = new Date()): void {
    const text = checkReason(reason, 'reason');
    this.require('REQUESTED', 'reject');
    this.decide(staffId, text, now);
    this.state.status = 'REJECTED';
    this.events.push('AfterSalesRejected');
  }

  /**
   * Staff has the returned goods in the warehouse: the order takes its units back and the
   * refund is asked for. @throws AfterSalesTransitionError unless AWAITING_RETURN
   */
  returnReceived(now = new Date()): void {
    this.require('AWAITING_RETURN', 'receive its goods');
    this.events.push('AfterSalesReturnReceived');
    this.askRefund(now);
  }

  /**
   * The payment service refunded the order's payment. Returns false unless it was REFUNDING
   * (a repeated PaymentRefunded changes nothing).
   */
  refunded(now = new Date()): boolean {
    if (this.state.status !== 'REFUNDING') return false;
    this.state.status = 'REFUNDED';
    this.state.updatedAt = now;
    this.events.push('AfterSalesRefunded');
    return true;
  }

  pullEvents(): AfterSalesEventType[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  markStored(stored: { requestId: number; createdAt: Date; updatedAt: Date }): void {
    Object.assign(this.state, stored);
    this.stored = this.state.status;
  }

  private askRefund(now: Date): void {
    this.state.status = 'REFUNDING';
    this.state.updatedAt = now;
    this.events.push('AfterSalesRefundRequested');
  }

  private decide(staffId: number, reason: string, now: Date): void {
    this.state.decidedBy = staffId;
    this.state.decisionReason = reason;
    this.state.updatedAt = now;
  }

  private require(status: AfterSalesStatus, action: string): void {
    if (this.state.status !== status)
      throw new AfterSalesTransitionError(this.requestId, this.state.status, action);
  }
}

export class AfterSalesNotFoundError extends NotFoundError {
  constructor(requestId: number) {
    super(`after-sales request ${requestId} not found`);
  }
}

export class AfterSalesNotAllowedError extends ConflictError {
  constructor(orderId: number, status: OrderStatus, kind: AfterSalesKind) {
    super(
      kind === 'RETURN' && status === 'PAID'
        ? `order ${orderId} is PAID and not shipped: ask for a REFUND (or cancel it)`
        : `order ${orderId} is ${status}: after-sales needs a PAID, SHIPPED or RECEIVED order`,
    );
  }
}

/** Every unit of the order is refunded or asked back already: nothing is left to ask for. */
export class AfterSalesNothingLeftError extends ConflictError {
  constructor(orderId: number) {
    super(`order ${orderId} has no unit left that is not refunded or asked back`);
  }
}

/** The units of `order` that `taken` does not cover, line by line (lines with none left out). */
function remainingUnits(order: Pick<Order, 'items'>, taken: readonly RefundLine[]): RefundLine[] {
  return order.items
    .map((i) => ({
      skuId: i.skuId,
      quantity:
        i.quantity -
        taken.filter((t) => t.skuId === i.skuId).reduce((sum, t) => sum + t.quantity, 0),
    }))
    .filter((l) => l.quantity > 0);
}

export class AfterSalesAlreadyOpenError extends ConflictError {
  constructor(orderId: number, requestId: number) {
    super(`order ${orderId} already has after-sales request ${requestId} in progress`);
  }
}

export class AfterSalesTransitionError extends ConflictError {
  constructor(requestId: number, status: AfterSalesStatus, action: string) {
    super(`after-sales request ${requestId} is ${status} and cannot ${action}`);
  }
}

/** A save found the request changed since it was read. */
export class AfterSalesChangedConcurrentlyError extends ConflictError {
  constructor(requestId: number) {
    super(`after-sales request ${requestId} was changed by another request; try again`);
  }
}
