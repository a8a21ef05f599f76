import type { Order, OrderConsistency, OrderItem, OrderStatus } from '../domain/order.js';

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

export interface PendingOrder {
  orderId: number;
  gid: string;
  consistency: OrderConsistency;
  createdAt: Date;
}

/**
 * The orders context's persistence port. The TCC operations run in one local transaction each
 * with their barrier row (gid, 'orders', op).
 */
export abstract class OrderRepository {
  /** Try of place-order: the order, PENDING. @throws DuplicateIdempotencyKeyError */
  abstract createPending(draft: OrderDraft): Promise<void>;
  /**
   * ORDER_CONSISTENCY=message: the order, PENDING, and its OrderRequested event in the outbox,
   * in one local transaction (the first phase of the two-phase message).
   * @throws DuplicateIdempotencyKeyError
   */
  abstract createRequested(draft: OrderDraft): Promise<void>;
  /** Confirm of place-order: PENDING -> CREATED. */
  abstract markCreated(gid: string): Promise<void>;
  /** Cancel of place-order: PENDING -> FAILED (nothing, for a Cancel without Try). */
  abstract markFailed(gid: string): Promise<void>;
  abstract setFailureReason(gid: string, reason: string): Promise<void>;
  /** Try of cancel-order (its own gid): CREATED/PAID -> CANCELLED. @throws OrderNotCancellableError */
  abstract cancelPlaced(gid: string, orderId: number): Promise<void>;
  /**
   * The buyer paid: CREATED -> PAID with its OrderPaid event, in one local transaction.
   * @throws OrderNotPayableError, OrderNotFoundError
   */
  abstract markPaid(orderId: number): Promise<void>;
  /** Cancel of cancel-order: only records the barrier (its Try changes nothing when it fails). */
  abstract recordCancelOfCancel(gid: string): Promise<void>;

  abstract findById(orderId: number): Promise<Order | null>;
  abstract findByGid(gid: string): Promise<Order | null>;
  abstract findByIdempotencyKey(userId: number, key: string): Promise<Order | null>;
  abstract listByUser(
    userId: number,
    offset: number,
    limit: number,
  ): Promise<{ orders: Order[]; total: number }>;
  /** Units per SKU over orders in `statuses` (for the invariant checker). */
  abstract quantitiesBySku(statuses: readonly OrderStatus[]): Promise<Map<string, number>>;
  abstract pendingGids(limit: number): Promise<PendingOrder[]>;
}
