import type { RequestedLine } from '../domain/order.js';

/** A gate's answer: admitted, or the first SKU it knows to be short. */
export type GateAnswer = { admitted: true } | { admitted: false; skuId: string; available: number };

/**
 * The hot-SKU path (HOT_SKU_GATE): a fast count of each SKU's available units in front of the
 * database, so that when many buyers want a SKU that is (nearly) sold out, the losers are told
 * at once instead of each running a global transaction that queues on the SKU's row lock and is
 * then cancelled. The gate only ever says "no" early: every admitted order still goes through
 * the inventory's guarded UPDATE, so a gate that is wrong (stale, or down) can cost sales or
 * speed, never oversell.
 */
export abstract class StockGate {
  /** Orders admitted and refused since start (the metrics read them). */
  readonly stats = { admitted: 0, refused: 0 };

  /** Takes the lines' units from the gate's counts, all or none. */
  async admit(lines: RequestedLine[]): Promise<GateAnswer> {
    const answer = await this.take(lines);
    if (answer.admitted) this.stats.admitted++;
    else this.stats.refused++;
    return answer;
  }

  /** admit as each gate does it. */
  protected abstract take(lines: RequestedLine[]): Promise<GateAnswer>;
  /** Gives back what `admit` took, for an order that was not placed after all. */
  abstract release(lines: RequestedLine[]): Promise<void>;
  /**
   * Compares the gate's counts with the inventory's `available` (taken while no order is in
   * flight) and drops every count that differs, so the next order loads it afresh. Returns the
   * differences it found.
   */
  abstract reconcile(available: Map<string, number>): Promise<GateDrift[]>;
}

export interface GateDrift {
  sku_id: string;
  gate: number;
  available: number;
}

/** HOT_SKU_GATE=off: every order goes straight to the inventory. */
export class OpenStockGate extends StockGate {
  protected async take(): Promise<GateAnswer> {
    return { admitted: true };
  }

  async release(): Promise<void> {}

  async reconcile(): Promise<GateDrift[]> {
    return [];
  }
}
