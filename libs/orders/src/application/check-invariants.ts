import { Injectable } from '@nestjs/common';
import { InventoryClient } from '@nestmall/ports/inventory';
import {
  GlobalTransactionRepository,
  XaCoordinator,
  type GlobalTransaction,
  type InDoubtBranch,
} from '@nestmall/ports/transactions';
import { SOLD_STATUSES } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { StockGate, type GateDrift } from './stock-gate.js';

export interface TransactionView {
  gid: string;
  kind: string;
  status: string;
  attempts: number;
  flagged: boolean;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvariantReport {
  /** True when there is no problem and no unfinished global transaction. */
  ok: boolean;
  skus_checked: number;
  orders_checked: number;
  problems: string[];
  unfinished_transactions: TransactionView[];
  /** Orders placed as a two-phase message still waiting for the inventory's answer. */
  awaiting_stock: { order_id: number; gid: string; waiting_ms: number }[];
  /**
   * Hot-SKU gate counts that differed from the inventory's `available` on a quiet system and
   * were dropped (reloaded by the next order). Not a problem: restocks and cancelled orders
   * reach the gate this way or at its TTL.
   */
  gate_reconciled: GateDrift[];
  /**
   * ORDER_CONSISTENCY=xa: the XA branches prepared and not yet committed or rolled back (XA
   * RECOVER on each participant), with their global decision. Their rows stay locked until then.
   */
  in_doubt_branches: InDoubtBranch[];
}

/** A requested order unanswered this long is reported as a problem (its message is stuck). */
export const AWAITING_STOCK_LIMIT_MS = 5 * 60_000;

export function toTransactionView(tx: GlobalTransaction): TransactionView {
  return {
    gid: tx.gid,
    kind: tx.kind,
    status: tx.status,
    attempts: tx.attempts,
    flagged: tx.flagged,
    last_error: tx.lastError,
    created_at: tx.createdAt.toISOString(),
    updated_at: tx.updatedAt.toISOString(),
  };
}

/**
 * Checks the shop's books: for every SKU, available + frozen + sold = total_in and nothing is
 * negative; sold equals the units of orders that hold stock (CREATED .. RECEIVED) and frozen the
 * units of PENDING orders; no PENDING order belongs to a finished transaction; and lists every
 * unfinished global transaction and every order still awaiting the inventory's answer to its
 * OrderRequested (ORDER_CONSISTENCY=message; one waiting longer than AWAITING_STOCK_LIMIT_MS is a
 * problem: a message is stuck, look at the dead letters). The stock-versus-orders comparisons
 * need a quiet system, so they are made only when nothing is in flight.
 */
@Injectable()
export class CheckInvariants {
  constructor(
    private readonly orders: OrderRepository,
    private readonly inventory: InventoryClient,
    private readonly log: GlobalTransactionRepository,
    private readonly gate: StockGate,
    private readonly xa?: XaCoordinator,
  ) {}

  async execute(): Promise<InvariantReport> {
    const unfinished = await this.log.listUnfinished(200);
    const [ledger, sold, frozen, pending] = await Promise.all([
      this.inventory.ledger(),
      this.orders.quantitiesBySku(SOLD_STATUSES),
      this.orders.quantitiesBySku(['PENDING']),
      this.orders.pendingOrders(200),
    ]);
    const now = Date.now();
    const awaiting = pending
      .filter((o) => o.consistency === 'message')
      .map((o) => ({ order_id: o.orderId, gid: o.gid, waiting_ms: now - o.createdAt.getTime() }));
    const inDoubt = this.xa?.enabled ? await this.xa.inDoubt() : [];
    const quiet = unfinished.length === 0 && awaiting.length === 0 && inDoubt.length === 0;
    const problems: string[] = [];
    for (const b of inDoubt) {
      // Decided (or never logged) yet still prepared: a crash left it; the XA sweep finishes it.
      if (b.decision !== 'TRYING' && b.decision !== 'CONFIRMING' && b.decision !== 'CANCELLING')
        problems.push(
          `the ${b.participant} XA branch of ${b.gid} is still prepared, its transaction ${b.decision ?? 'unknown'}`,
        );
    }
    for (const order of awaiting) {
      if (order.waiting_ms > AWAITING_STOCK_LIMIT_MS)
        problems.push(
          `order ${order.order_id} has awaited the inventory's answer for ${Math.round(order.waiting_ms / 1000)} s`,
        );
    }
    for (const s of ledger) {
      if (s.available < 0 || s.frozen < 0 || s.sold < 0) {
        problems.push(
          `${s.sku_id}: negative stock (available ${s.available}, frozen ${s.frozen}, sold ${s.sold})`,
        );
      }
      if (s.available + s.frozen + s.sold !== s.total_in) {
        problems.push(
          `${s.sku_id}: available ${s.available} + frozen ${s.frozen} + sold ${s.sold} != ${s.total_in} received`,
        );
      }
      if (quiet) {
        const ordered = sold.get(s.sku_id) ?? 0;
        if (s.sold !== ordered)
          problems.push(`${s.sku_id}: sold ${s.sold}, but orders hold ${ordered}`);
        const pendingUnits = frozen.get(s.sku_id) ?? 0;
        if (s.frozen !== pendingUnits)
          problems.push(`${s.sku_id}: frozen ${s.frozen}, but pending orders hold ${pendingUnits}`);
      }
    }
    const unknown = [...sold.keys(), ...frozen.keys()].filter(
      (sku) => !ledger.some((s) => s.sku_id === sku),
    );
    for (const sku of new Set(unknown))
      problems.push(`${sku}: ordered but unknown to the inventory`);
    for (const order of pending.filter((o) => o.consistency === 'xa'))
      // A two-phase commit never commits an order PENDING: it is CREATED or it is not there.
      problems.push(`order ${order.orderId} was placed with xa but is PENDING`);
    for (const order of pending.filter((o) => o.consistency === 'tcc')) {
      const tx = await this.log.find(order.gid);
      if (tx && tx.status !== 'CONFIRMED' && tx.status !== 'CANCELLED') continue;
      // The transaction ended after the order list was read? Then the order has moved on too.
      if ((await this.orders.findByGid(order.gid))?.status !== 'PENDING') continue;
      problems.push(
        tx
          ? `order ${order.orderId} is PENDING but its transaction is ${tx.status}`
          : `order ${order.orderId} is PENDING without a global transaction`,
      );
    }
    const reconciled = quiet
      ? await this.gate.reconcile(new Map(ledger.map((s) => [s.sku_id, s.available])))
      : [];
    return {
      ok: problems.length === 0 && quiet,
      skus_checked: ledger.length,
      orders_checked: [...sold.values(), ...frozen.values()].length,
      problems,
      unfinished_transactions: unfinished.map(toTransactionView),
      awaiting_stock: awaiting,
      gate_reconciled: reconciled,
      in_doubt_branches: inDoubt,
    };
  }
}
