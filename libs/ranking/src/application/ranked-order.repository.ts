import type { RankedOrder } from '../domain/ranked-order.js';

/** The orders as the rankings count them; joins the caller's unit of work. */
export abstract class RankedOrderRepository {
  abstract findById(orderId: number): Promise<RankedOrder | null>;
  /** Inserts a new order or updates a loaded one if nobody changed it since (else a conflict). */
  abstract save(order: RankedOrder): Promise<void>;
}
