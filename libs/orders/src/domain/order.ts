import type { SkuLine } from '@nestmall/ports/catalog';
import { ConflictError, NotFoundError, UnprocessableError } from '@nestmall/ports/platform';
import { priceOrder, type DiscountLine, type Promotions } from './pricing.js';
import { quoteRefund, type RefundLine, type RefundQuote } from './refund-quote.js';

export { FLAT_SHIPPING_CENTS, FREE_SHIPPING_FROM_CENTS, shippingFeeCents } from './pricing.js';

/** A line as the buyer asks for it (checked by the catalog's one rule for SKU lines). */
export type RequestedLine = SkuLine;

/**
 * PENDING (being placed: TCC in progress) -> CREATED (awaiting payment) -> PAID -> SHIPPED ->
 * RECEIVED; FAILED when placing it was cancelled (not enough stock, say); CANCELLED when its
 * buyer cancelled it before shipping; CLOSED when it stayed unpaid too long (the course's
 * TRADE_CLOSED, 超时关闭). A CANCELLED or CLOSED order's units go back to available. REFUNDED:
 * an after-sales refund gave its money back (domain/after-sales.ts); its units went back only
 * if its goods did (`stockReturned`).
 */
export type OrderStatus =
  | 'PENDING'
  | 'CREATED'
  | 'PAID'
  | 'SHIPPED'
  | 'RECEIVED'
  | 'CLOSED'
  | 'FAILED'
  | 'CANCELLED'
  | 'REFUNDED';

/**
 * How an order was placed: 'tcc' (a TCC global transaction; answered when settled) or 'message'
 * (the two-phase message: committed PENDING with an OrderRequested event; the inventory's
 * StockDeducted makes it CREATED, its StockRejected makes it FAILED).
 */
export type OrderConsistency = 'tcc' | 'message' | 'xa';

export type OrderEventType =
  | 'OrderRequested'
  | 'CouponUseRequested'
  | 'OrderRejected'
  | 'OrderPlaced'
  | 'OrderFailed'
  | 'OrderPaid'
  | 'OrderCancelled'
  | 'OrderShipped'
  | 'OrderReceived'
  | 'OrderClosed'
  | 'OrderRefunded'
  | 'OrderReturned';

/** What happened to an order; the repository saves those that other contexts hear of. */
export interface OrderEvent {
  type: OrderEventType;
  /** CouponUseRequested: what the coupon's use is asked with (the coupon branch's terms). */
  coupon?: { couponId: number; baseCents: number; discountCents: number };
  /** OrderCancelled: whether it had been paid (the buyer is owed a refund). */
  wasPaid?: boolean;
  /** OrderShipped: the carrier and its tracking number. */
  carrier?: string;
  trackingNumber?: string;
  /**
   * OrderReturned, OrderRefunded: the after-sales request, the units it took back, and (refunds)
   * the money it gave back and whether that was the order's last unit.
   */
  afterSales?: { requestId: number; units: RefundLine[]; refundCents?: number; complete?: boolean };
}

/** The carrier's shipment of an order: created when staff ship it, delivered when it says so. */
export interface Shipment {
  carrier: string;
  trackingNumber: string;
  shippedAt: Date;
  /** When the carrier reported it DELIVERED (the automatic-receipt clock starts), or null. */
  deliveredAt: Date | null;
}

/** Where the carrier says the parcel is (its tracking notification, checked by thirdparty). */
export interface ShipmentTracking {
  status: string;
  note: string | null;
  occurredAt: Date;
}

/** Who confirmed the receipt: the buyer, or the shop N days after delivery. */
export type ReceivedBy = 'buyer' | 'auto';

type Transition = 'confirm' | 'fail' | 'pay' | 'cancel' | 'ship' | 'receive' | 'close' | 'refund';

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
  refund: { from: ['PAID', 'SHIPPED', 'RECEIVED'], to: 'REFUNDED', event: 'OrderRefunded' },
};

/**
 * Statuses whose units count as sold, unless the order's goods came back (`stockReturned`): a
 * REFUNDED order whose buyer kept the goods still sold them.
 */
export const SOLD_STATUSES: readonly OrderStatus[] = [
  'CREATED',
  'PAID',
  'SHIPPED',
  'RECEIVED',
  'REFUNDED',
];
/** Statuses a buyer may open an after-sales request on (domain/after-sales.ts). */
export const AFTER_SALES_STATUSES: readonly OrderStatus[] = TRANSITIONS.refund.from;
/** Statuses a buyer may still cancel. */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = TRANSITIONS.cancel.from;

export interface OrderItem {
  skuId: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  /**
   * The SKU's product and category when the order was placed, as the catalog said (for the
   * rankings, through the order's events). Absent on lines from before they were recorded.
   */
  productId?: number | null;
  categoryId?: number | null;
  /** Units whose money an after-sales request gave back (none: 0). */
  refundedQuantity?: number;
  /** Units that came back into stock through an after-sales request (none: 0). */
  returnedQuantity?: number;
}

/**
 * Where an order stands with its refunds, beside its delivery status: NONE, PARTIALLY_REFUNDED
 * (some units' money is back; the order may still ship and be received) or REFUNDED (every
 * unit's money is back: the order's status is REFUNDED too).
 */
export type RefundStatus = 'NONE' | 'PARTIALLY_REFUNDED' | 'REFUNDED';

/**
 * The address an order ships to, copied from the buyer's address book when the order is placed:
 * a later edit or deletion of that address leaves the order as it was.
 */
export interface ShipTo {
  /** The address it was copied from (which may since have changed or gone). */
  addressId: number;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string | null;
}

/**
 * One line of an order's timeline: a change of its status (kind 'status') with its cause (the
 * event that made it), and room for what other contexts report later (kind 'shipment',
 * 'tracking', ... from the carrier).
 */
export interface TimelineEntry {
  kind: string;
  /** The status it moved to (status entries). */
  status: OrderStatus | null;
  /** What caused it: the order's event (OrderPlaced, OrderCancelled, ...) or the reporter's. */
  cause: string;
  /** A reason or a carrier's note, when there is one. */
  detail: string | null;
  at: Date;
}

/** What placing an order starts from (also the place-order transaction's payload). */
export interface OrderDraft {
  gid: string;
  userId: number;
  idempotencyKey: string | null;
  consistency: OrderConsistency;
  items: OrderItem[];
  subtotalCents: number;
  /** Each discount the order got (SKU discounts, spend-and-save, its coupon), and their sum. */
  discounts: DiscountLine[];
  discountCents: number;
  /** The buyer's coupon it uses (the coupon branch of place-order locks it), or null. */
  couponId: number | null;
  /** What the coupon applied to (the coupon branch checks the minimum spend against it). */
  couponBaseCents: number;
  shippingCents: number;
  totalCents: number;
  /** Where it ships (none: no address given, as before addresses existed). */
  shipTo?: ShipTo | null;
}

/**
 * The coupon branch answered `discountCents` for the draft's coupon (the marketing context's rule
 * on the draft's coupon base): a difference from the priced one means the coupon changed meanwhile.
 */
export function checkCouponDiscount(draft: OrderDraft, discountCents: number): void {
  if (discountCents !== couponDiscountOf(draft))
    throw new ConflictError(`coupon ${draft.couponId} changed; place the order again`);
}

export interface OrderSnapshot extends Omit<OrderDraft, 'couponBaseCents'> {
  /** 0 until the order is stored. */
  orderId: number;
  status: OrderStatus;
  /** Every unit went back to available after it was sold (after-sales returns, or unshipped). */
  stockReturned?: boolean;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Its carrier shipment, once shipped (none before). */
  shipment?: Shipment | null;
  /**
   * The two-phase message's answers so far (ORDER_CONSISTENCY=message; none: not yet): the
   * inventory's to its stock, the marketing context's to its coupon.
   */
  stockAnswer?: PlacementAnswer | null;
  couponAnswer?: PlacementAnswer | null;
}

/** A participant's answer to OrderRequested. */
export type PlacementAnswer = 'OK' | 'REFUSED';

/** Which participant of the two-phase message answered, and what. */
export type PlacementOutcome =
  { from: 'stock' | 'coupon'; ok: true } | { from: 'stock' | 'coupon'; ok: false; reason: string };

/**
 * The order aggregate: every change of status is a method that checks where the order stands
 * and records its event. The status it was loaded (or last saved) with is the repository's
 * optimistic guard: a save that finds the row moved on changes nothing and fails.
 */
export class Order {
  private events: OrderEvent[] = [];
  private timeline: TimelineEntry[] = [];
  private stored: OrderStatus | null;
  private storedAnswerState: Order['answers'];
  private unitsDirty = false;

  private constructor(
    private state: OrderSnapshot,
    stored: boolean,
  ) {
    this.stored = stored ? state.status : null;
    this.storedAnswerState = this.answers;
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
    if (draft.consistency === 'message') {
      order.events.push({ type: 'OrderRequested' });
      if (draft.couponId !== null)
        order.events.push({
          type: 'CouponUseRequested',
          coupon: requestedCoupon(draft, draft.couponId),
        });
    }
    order.record('OrderRequested', now);
    return order;
  }

  /** An order as stored. */
  static restore(snapshot: OrderSnapshot): Order {
    return new Order({ ...snapshot, items: snapshot.items.map((i) => ({ ...i })) }, true);
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
  get couponId(): number | null {
    return this.state.couponId;
  }
  get failureReason(): string | null {
    return this.state.failureReason;
  }
  get shipTo(): ShipTo | null {
    return this.state.shipTo ?? null;
  }
  get stockReturned(): boolean {
    return this.state.stockReturned ?? false;
  }

  get shipment(): Shipment | null {
    return this.state.shipment ?? null;
  }

  /** REFUNDED once every unit's money is back; PARTIALLY_REFUNDED once some is. */
  get refundStatus(): RefundStatus {
    if (this.state.status === 'REFUNDED') return 'REFUNDED';
    return this.state.items.some((i) => (i.refundedQuantity ?? 0) > 0)
      ? 'PARTIALLY_REFUNDED'
      : 'NONE';
  }

  /** Whether save() must write its lines' refunded and returned units. */
  get unitsChanged(): boolean {
    return this.unitsDirty;
  }
  /** The status the database holds for it (null: not stored yet): the optimistic guard. */
  get storedStatus(): OrderStatus | null {
    return this.stored;
  }

  snapshot(): OrderSnapshot {
    return {
      ...this.state,
      items: this.state.items.map((i) => ({ ...i })),
      shipment: this.state.shipment ? { ...this.state.shipment } : null,
    };
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
    const failed = this.timeline.find((e) => e.status === 'FAILED');
    if (failed) failed.detail = this.state.failureReason;
  }

  /** The answers it has had so far (the two-phase message). */
  get answers(): { stock: PlacementAnswer | null; coupon: PlacementAnswer | null } {
    return { stock: this.state.stockAnswer ?? null, coupon: this.state.couponAnswer ?? null };
  }
  /** The answers the database holds for it: the repository's guard besides the status. */
  get storedAnswers(): Order['answers'] {
    return this.storedAnswerState;
  }

  /**
   * A participant's answer to a requested order (the two-phase message). The order waits for
   * the inventory's and, with a coupon, the marketing context's; then:
   *
   *   stock OK       + coupon OK (or none) -> CREATED (OrderPlaced)
   *   stock OK       + coupon REFUSED      -> FAILED, the coupon's reason; OrderRejected (units back)
   *   stock REFUSED  + coupon OK           -> FAILED, the stock's reason; OrderRejected (coupon back)
   *   stock REFUSED  + coupon REFUSED      -> FAILED, the first reason; nothing to give back
   *
   * The first refusal's reason is kept (in failureReason) until the other answer arrives.
   * Returns false for an answer it has had already, or an order settled already (an answer
   * delivered twice changes nothing).
   */
  settle(outcome: PlacementOutcome, now = new Date()): boolean {
    if (this.state.status !== 'PENDING') return false;
    const key = outcome.from === 'stock' ? 'stockAnswer' : 'couponAnswer';
    if (this.state[key]) return false;
    this.state[key] = outcome.ok ? 'OK' : 'REFUSED';
    if (!outcome.ok) this.state.failureReason ??= outcome.reason.slice(0, 255);
    const { stock, coupon } = this.answers;
    const couponDone = this.state.couponId === null || coupon !== null;
    if (stock === null || !couponDone) return true; // the other answer is still to come
    if (stock === 'OK' && coupon !== 'REFUSED') {
      this.confirm(now);
      return true;
    }
    const reason = this.state.failureReason ?? 'the order was refused';
    this.fail(now);
    this.explainFailure(reason);
    if (stock === 'OK' || coupon === 'OK') this.events.push({ type: 'OrderRejected' });
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
    // Some of its money or goods went back through after-sales: the rest goes the same way.
    if (this.state.items.some((i) => (i.refundedQuantity ?? 0) + (i.returnedQuantity ?? 0) > 0))
      throw new OrderNotCancellableError(this.orderId, this.status, 'partly refunded');
    const wasPaid = this.state.status === 'PAID';
    this.transition('cancel', now, { wasPaid });
    return true;
  }

  /**
   * Handed to the carrier: PAID -> SHIPPED, OrderShipped with the carrier and tracking number,
   * and a 'shipment' entry on its timeline. @throws OrderTransitionError (not PAID)
   */
  ship(shipment: { carrier: string; trackingNumber: string }, now = new Date()): void {
    const { carrier, trackingNumber } = shipment;
    this.transition('ship', now, { carrier, trackingNumber });
    this.state.shipment = { carrier, trackingNumber, shippedAt: now, deliveredAt: null };
    this.timeline.push({
      kind: 'shipment',
      status: null,
      cause: 'OrderShipped',
      detail: `${carrier} ${trackingNumber}`,
      at: now,
    });
  }

  /**
   * The carrier reported where the parcel is: a 'tracking' entry on the timeline; DELIVERED also
   * starts the automatic-receipt clock (the first one counts). @throws OrderTransitionError
   * (never shipped)
   */
  track(tracking: ShipmentTracking, now = new Date()): void {
    const shipment = this.state.shipment;
    if (!shipment || (this.state.status !== 'SHIPPED' && this.state.status !== 'RECEIVED'))
      throw new OrderTransitionError(this.orderId, this.state.status, 'track');
    if (tracking.status === 'DELIVERED' && !shipment.deliveredAt)
      shipment.deliveredAt = tracking.occurredAt;
    this.state.updatedAt = now;
    this.timeline.push({
      kind: 'tracking',
      status: null,
      cause: tracking.status,
      detail: tracking.note,
      at: tracking.occurredAt,
    });
  }

  /**
   * The buyer has it: SHIPPED -> RECEIVED, OrderReceived, confirmed by the buyer or by the shop N
   * days after delivery. Returns false when it is RECEIVED already. @throws OrderTransitionError
   */
  receive(by: ReceivedBy = 'buyer', now = new Date()): boolean {
    if (this.state.status === 'RECEIVED') return false;
    this.transition('receive', now);
    this.timeline[this.timeline.length - 1].detail =
      by === 'buyer' ? 'confirmed by the buyer' : 'confirmed automatically after delivery';
    return true;
  }

  /** Whether its parcel was delivered before `cutoff` and it still waits for a receipt. */
  awaitsAutoReceipt(cutoff: Date): boolean {
    const delivered = this.state.shipment?.deliveredAt;
    return this.state.status === 'SHIPPED' && !!delivered && delivered < cutoff;
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

  /**
   * An approved after-sales request took some of its goods back (a return received in the
   * warehouse, or a refund of a paid order that never left it): its lines count the units
   * returned, OrderReturned names them (the inventory moves them sold -> available), and a
   * timeline line says so. `stockReturned` once every unit is back.
   * @throws OrderTransitionError unless it is PAID, SHIPPED or RECEIVED; an Error for more units
   * than a line has left (the request's quote made sure of it: a broken invariant)
   */
  returnUnits(requestId: number, units: readonly RefundLine[], detail: string, now = new Date()) {
    if (!AFTER_SALES_STATUSES.includes(this.state.status))
      throw new OrderTransitionError(this.orderId, this.state.status, 'take its goods back');
    this.addUnits(units, 'returnedQuantity');
    this.state.stockReturned = this.state.items.every((i) => i.returnedQuantity === i.quantity);
    this.state.updatedAt = now;
    this.events.push({ type: 'OrderReturned', afterSales: { requestId, units: [...units] } });
    this.note('OrderReturned', `${detail}: ${describeUnits(units)}`, now);
  }

  /**
   * An approved after-sales request's money came back from the payment service: its lines
   * count the units refunded, and OrderRefunded names them with the amount. Once every unit is
   * refunded (`complete`) the order is REFUNDED (a status line on its timeline); before that
   * it keeps its delivery status and shows PARTIALLY_REFUNDED (an after-sales line).
   * @throws OrderTransitionError unless it is PAID, SHIPPED or RECEIVED; an Error for more units
   * than a line has left
   */
  refund(requestId: number, units: readonly RefundLine[], refundCents: number, now = new Date()) {
    if (!AFTER_SALES_STATUSES.includes(this.state.status))
      throw new OrderTransitionError(this.orderId, this.state.status, 'refund');
    this.addUnits(units, 'refundedQuantity');
    const complete = this.state.items.every((i) => i.refundedQuantity === i.quantity);
    const afterSales = { requestId, units: [...units], refundCents, complete };
    if (complete) {
      this.transition('refund', now, { afterSales });
      return;
    }
    this.state.updatedAt = now;
    this.events.push({ type: 'OrderRefunded', afterSales });
    this.note(
      'OrderPartiallyRefunded',
      `#${requestId}: ${describeUnits(units)}, ${refundCents} cents`,
      now,
    );
  }

  /**
   * What a refund of `lines` (some units of some of its lines) is worth, `taken` units being
   * refunded or asked back already: the rule is domain/refund-quote.ts.
   * @throws InvalidArgumentError naming the line
   */
  quoteRefund(lines: readonly RefundLine[], taken: readonly RefundLine[]): RefundQuote {
    return quoteRefund(this.state, lines, taken);
  }

  /** An after-sales step worth a line in the order's timeline (no change of status). */
  note(cause: string, detail: string | null, now = new Date()): void {
    this.timeline.push({
      kind: 'after-sales',
      status: null,
      cause,
      detail: detail?.slice(0, 255) ?? null,
      at: now,
    });
  }

  /** The events recorded since the last call (the repository saves them to the outbox). */
  pullEvents(): OrderEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** The timeline entries recorded since the last call (the repository stores them). */
  pullTimeline(): TimelineEntry[] {
    const entries = this.timeline;
    this.timeline = [];
    return entries;
  }

  /** What the database kept: the id it gave a new order, the timestamps at its precision. */
  markStored(stored: { orderId: number; createdAt: Date; updatedAt: Date }): void {
    Object.assign(this.state, stored);
    this.stored = this.state.status;
    this.storedAnswerState = this.answers;
    this.unitsDirty = false;
  }

  private addUnits(units: readonly RefundLine[], field: 'refundedQuantity' | 'returnedQuantity') {
    for (const unit of units) {
      const item = this.state.items.find((i) => i.skuId === unit.skuId);
      const next = (item?.[field] ?? 0) + unit.quantity;
      if (!item || !Number.isInteger(unit.quantity) || unit.quantity < 1 || next > item.quantity)
        throw new Error(
          `order ${this.orderId}: ${unit.quantity} x ${unit.skuId} is more than its line has left`,
        );
    }
    for (const unit of units) {
      const item = this.state.items.find((i) => i.skuId === unit.skuId)!;
      item[field] = (item[field] ?? 0) + unit.quantity;
    }
    this.unitsDirty = true;
  }

  private transition(name: Transition, now: Date, extra: Partial<OrderEvent> = {}): void {
    const { from, to, event } = TRANSITIONS[name];
    if (!from.includes(this.state.status))
      throw new OrderTransitionError(this.orderId, this.state.status, name);
    this.state.status = to;
    this.state.updatedAt = now;
    this.events.push({ type: event, ...extra });
    this.record(event, now);
  }

  private record(cause: OrderEventType, at: Date): void {
    this.timeline.push({ kind: 'status', status: this.state.status, cause, detail: null, at });
  }
}

export const MAX_ITEMS = 20;
export const MAX_QUANTITY = 99;

/** A line priced from the catalog. */
export interface PricedLine {
  skuId: string;
  title: string;
  quantity: number;
  unitPriceCents: number;
  productId?: number | null;
  categoryId?: number | null;
}

/** The order's money from its one pricing (domain/pricing.ts): lines, discounts, shipping, total. */
export function draftOrder(
  head: Pick<OrderDraft, 'gid' | 'userId' | 'idempotencyKey' | 'consistency' | 'shipTo'>,
  lines: PricedLine[],
  promotions: Promotions = {},
): OrderDraft {
  const price = priceOrder(lines, promotions);
  const bySku = new Map(lines.map((l) => [l.skuId, l]));
  return {
    ...head,
    items: price.lines.map((l) => {
      const { title, productId = null, categoryId = null } = bySku.get(l.skuId)!;
      return { ...l, title, productId, categoryId };
    }),
    subtotalCents: price.subtotalCents,
    discounts: price.discounts,
    discountCents: price.discountCents,
    couponId: promotions.coupon?.couponId ?? null,
    couponBaseCents: price.couponBaseCents,
    shippingCents: price.shippingCents,
    totalCents: price.totalCents,
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
  constructor(orderId: number, status: OrderStatus, why?: string) {
    super(
      why
        ? `order ${orderId} is ${status} and ${why}: ask for the rest through after-sales`
        : `order ${orderId} is ${status} and can no longer be cancelled`,
    );
  }
}

/** "2 x T00100, 1 x T00101": units as a timeline line names them. */
function describeUnits(units: readonly RefundLine[]): string {
  return units.map((u) => `${u.quantity} x ${u.skuId}`).join(', ');
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

/** What a buyer asks for: the lines and the coupon (an Idempotency-Key stands for both). */
export interface OrderRequest {
  lines: RequestedLine[];
  couponId: number | null;
  /** The buyer's address the order ships to (null: none). */
  addressId: number | null;
}

/** What OrderRequested asks the marketing context for: the coupon, as the order priced it. */
function requestedCoupon(draft: OrderDraft, couponId: number): OrderEvent['coupon'] {
  return { couponId, baseCents: draft.couponBaseCents, discountCents: couponDiscountOf(draft) };
}

/** The coupon's discount as the order priced it (0: no coupon). */
function couponDiscountOf(draft: OrderDraft): number {
  return draft.discounts.find((d) => d.kind === 'COUPON')?.amountCents ?? 0;
}

/**
 * Whether `order` answers `request`: the same SKUs in the same quantities, in any order of
 * lines, the same coupon and the same address. A field added to the request must join this
 * comparison.
 */
export function sameRequest(
  order: Pick<Order, 'items' | 'couponId' | 'shipTo'>,
  request: OrderRequest,
): boolean {
  if ((order.shipTo?.addressId ?? null) !== request.addressId) return false;
  const canonical = (pairs: readonly { skuId: string; quantity: number }[]) =>
    pairs
      .map((p) => `${p.skuId}\u0000${p.quantity}`)
      .sort()
      .join('\n');
  return canonical(order.items) === canonical(request.lines) && order.couponId === request.couponId;
}
