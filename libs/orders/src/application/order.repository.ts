import type { Order, OrderConsistency, OrderStatus, TimelineEntry } from '../domain/order.js';

/** An order still PENDING, as the invariant checker lists it. */
export interface PendingOrder {
  orderId: number;
  gid: string;
  consistency: OrderConsistency;
  createdAt: Date;
}

/**
 * The orders context's persistence port: it loads and saves Order aggregates, in the caller's
 * unit of work, and saves their events to the outbox in the same one. It decides nothing.
 */
export abstract class OrderRepository {
  /** A placed order: its row, its items, its events. @throws DuplicateIdempotencyKeyError */
  abstract add(order: Order): Promise<void>;
  /**
   * An order after a transition, guarded on the status it was loaded with.
   * @throws OrderChangedConcurrentlyError when the row has moved on
   */
  abstract save(order: Order): Promise<void>;

  abstract findById(orderId: number): Promise<Order | null>;
  /** The order's timeline, oldest first (add and save store what the aggregate recorded). */
  abstract timeline(orderId: number): Promise<TimelineEntry[]>;
  abstract findByGid(gid: string): Promise<Order | null>;
  abstract findByIdempotencyKey(userId: number, key: string): Promise<Order | null>;
  abstract listByUser(
    userId: number,
    offset: number,
    limit: number,
  ): Promise<{ orders: Order[]; total: number }>;
  /** Units per SKU over orders in `statuses` (for the invariant checker). */
  abstract quantitiesBySku(statuses: readonly OrderStatus[]): Promise<Map<string, number>>;
  /** CREATED (unpaid) orders created before `createdBefore`, oldest first, at most `limit`. */
  abstract unpaidOrderIds(createdBefore: Date, limit: number): Promise<number[]>;
  /** SHIPPED orders whose parcel was delivered before `deliveredBefore`, oldest first. */
  abstract deliveredOrderIds(deliveredBefore: Date, limit: number): Promise<number[]>;
  /** The oldest PENDING orders, at most `limit`. */
  abstract pendingOrders(limit: number): Promise<PendingOrder[]>;
}
