import type { AfterSalesRequest, AfterSalesStatus } from '../domain/after-sales.js';

/**
 * The after-sales requests' persistence port: loads and saves AfterSalesRequest aggregates in the
 * caller's unit of work, with their events to the outbox in the same one. It decides nothing.
 */
export abstract class AfterSalesRepository {
  abstract add(request: AfterSalesRequest): Promise<void>;
  /** @throws AfterSalesChangedConcurrentlyError when the row moved on since it was read */
  abstract save(request: AfterSalesRequest): Promise<void>;
  abstract findById(requestId: number): Promise<AfterSalesRequest | null>;
  /** The order's requests, oldest first. */
  abstract listByOrder(orderId: number): Promise<AfterSalesRequest[]>;
  /** Requests in `status` (all, when null), newest first, a page of them. */
  abstract list(
    status: AfterSalesStatus | null,
    offset: number,
    limit: number,
  ): Promise<{ requests: AfterSalesRequest[]; total: number }>;
}
