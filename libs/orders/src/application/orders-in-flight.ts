import { Injectable } from '@nestjs/common';
import type { Order } from '../domain/order.js';

/**
 * The orders a use case is driving through a global transaction of this process, by gid: the
 * use case hands its aggregate to the orders branch (no read before the Try, the Confirm or the
 * Cancel) and takes back the one the branch last committed (no read after). Only watched gids
 * are kept, so a transaction the recovery worker finishes later leaves nothing behind. A branch
 * that finds nothing here (recovery, another process) loads the order instead; the repository's
 * optimistic guard makes a stale copy fail rather than overwrite.
 */
@Injectable()
export class OrdersInFlight {
  private readonly orders = new Map<string, Order | null>();

  /** How many gids are watched (none once every use case is done). */
  get watched(): number {
    return this.orders.size;
  }

  /** Starts keeping `gid`'s order (the use case's copy, if it has one). */
  watch(gid: string, order: Order | null = null): void {
    this.orders.set(gid, order);
  }

  /** Stops keeping it; the use case calls this when it is done, whatever happened. */
  unwatch(gid: string): void {
    this.orders.delete(gid);
  }

  /** The committed copy, taken out: a branch retried after a deadlock reads it afresh. */
  take(gid: string): Order | null {
    const order = this.orders.get(gid) ?? null;
    if (order) this.orders.set(gid, null);
    return order;
  }

  /** A branch committed `order`: keep it for the use case, if one watches it. */
  committed(gid: string, order: Order): void {
    if (this.orders.has(gid)) this.orders.set(gid, order);
  }
}
