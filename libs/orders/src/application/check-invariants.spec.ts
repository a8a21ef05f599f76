import {
  FakeInventoryClient,
  FakeStockGate,
  InMemoryGlobalTransactionLog,
  InMemoryOrders,
} from '@nestmall/testing';
import { draftOrder, Order, type OrderStatus } from '../domain/order.js';
import { AWAITING_STOCK_LIMIT_MS, CheckInvariants } from './check-invariants.js';

describe('CheckInvariants', () => {
  let orders: InMemoryOrders;
  let inventory: FakeInventoryClient;
  let log: InMemoryGlobalTransactionLog;
  let gate: FakeStockGate;
  let check: CheckInvariants;

  beforeEach(() => {
    orders = new InMemoryOrders();
    inventory = new FakeInventoryClient();
    log = new InMemoryGlobalTransactionLog();
    gate = new FakeStockGate();
    check = new CheckInvariants(orders, inventory, log, gate);
  });

  async function order(
    status: OrderStatus,
    quantity: number,
    consistency: 'tcc' | 'message' = 'tcc',
    createdAt = new Date(),
  ) {
    const placed = Order.place(
      draftOrder({ gid: `g${orders.rows.size}`, userId: 1, idempotencyKey: null, consistency }, [
        { skuId: 'T00100', title: 't', quantity, unitPriceCents: 1 },
      ]),
      createdAt,
    );
    await orders.add(placed);
    orders.setStatus(placed.orderId, status);
    return placed;
  }

  const stock = (available: number, frozen: number, sold: number, totalIn = 100) => [
    { sku_id: 'T00100', available, frozen, sold, total_in: totalIn },
  ];

  it('is ok when the books balance and nothing is in flight', async () => {
    await order('CREATED', 2);
    await order('CANCELLED', 5);
    inventory.ledgerRows = stock(98, 0, 2);
    expect(await check.execute()).toMatchObject({
      ok: true,
      problems: [],
      skus_checked: 1,
      unfinished_transactions: [],
      awaiting_stock: [],
    });
  });

  it('reports a ledger that does not add up, negative stock, and sold units no order holds', async () => {
    await order('PAID', 1);
    inventory.ledgerRows = [
      ...stock(90, 0, 3),
      { sku_id: 'T00101', available: -1, frozen: 0, sold: 1, total_in: 0 },
    ];
    const report = await check.execute();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      'T00100: available 90 + frozen 0 + sold 3 != 100 received',
      'T00100: sold 3, but orders hold 1',
      'T00101: negative stock (available -1, frozen 0, sold 1)',
      'T00101: sold 1, but orders hold 0',
    ]);
  });

  it('reports a PENDING order whose transaction ended, or that has none', async () => {
    const pending = await order('PENDING', 1);
    inventory.ledgerRows = stock(99, 1, 0);
    expect((await check.execute()).problems).toEqual([
      `order ${pending.orderId} is PENDING without a global transaction`,
    ]);
    await log.begin({
      gid: pending.gid,
      kind: 'place-order',
      payload: {},
      branches: [],
      leaseUntilMs: 0,
    });
    log.txs.get(pending.gid)!.status = 'CANCELLED';
    expect((await check.execute()).problems).toEqual([
      `order ${pending.orderId} is PENDING but its transaction is CANCELLED`,
    ]);
  });

  it('lists orders awaiting the inventory, a problem once they wait too long, and compares nothing else then', async () => {
    const old = new Date(Date.now() - AWAITING_STOCK_LIMIT_MS - 1000);
    const waiting = await order('PENDING', 1, 'message', old);
    inventory.ledgerRows = stock(50, 0, 0);
    const report = await check.execute();
    expect(report.ok).toBe(false);
    expect(report.awaiting_stock).toMatchObject([{ order_id: waiting.orderId, gid: waiting.gid }]);
    expect(report.problems).toEqual([
      `order ${waiting.orderId} has awaited the inventory's answer for ${Math.round((Date.now() - old.getTime()) / 1000)} s`,
      'T00100: available 50 + frozen 0 + sold 0 != 100 received',
    ]);
  });

  it('reconciles the hot-SKU gate only on a quiet system', async () => {
    gate.drift = [{ sku_id: 'T00100', gate: 3, available: 100 }];
    inventory.ledgerRows = stock(100, 0, 0);
    expect((await check.execute()).gate_reconciled).toEqual(gate.drift);
    await log.begin({
      gid: 'busy',
      kind: 'place-order',
      payload: {},
      branches: [],
      leaseUntilMs: 0,
    });
    expect((await check.execute()).gate_reconciled).toEqual([]);
  });
});
