import type { StockLedgerView, StockLineInput, StockView } from '../../libs/inventory/src/index.js';
import { InventoryClient } from '../../libs/inventory/src/client/inventory.client.js';
import { CatalogClient } from '../../libs/catalog/src/client/catalog.client.js';
import type { ProductView, SkuView } from '../../libs/catalog/src/application/catalog-views.js';
import {
  OrderRepository,
  type PendingOrder,
} from '../../libs/orders/src/application/order.repository.js';
import {
  StockGate,
  type GateAnswer,
  type GateDrift,
} from '../../libs/orders/src/application/stock-gate.js';
import {
  DuplicateIdempotencyKeyError,
  Order,
  OrderChangedConcurrentlyError,
  type OrderEvent,
  type OrderSnapshot,
  type OrderStatus,
  type RequestedLine,
  type TimelineEntry,
} from '../../libs/orders/src/domain/order.js';

/**
 * Orders in memory, with the TypeORM repository's contract: ids from 1, a unique idempotency key
 * per user, saves guarded on the stored status, and the events a save takes off the aggregate
 * (the outbox) in `events`.
 */
export class InMemoryOrders extends OrderRepository {
  readonly rows = new Map<number, OrderSnapshot>();
  readonly events: (OrderEvent & { orderId: number })[] = [];
  readonly timelines = new Map<number, TimelineEntry[]>();
  readonly saves: number[] = [];
  reads = 0;
  /** Key lookups that miss (a concurrent request with the same key is past its lookup too). */
  blindKeyLookups = 0;

  async add(order: Order): Promise<void> {
    const o = order.snapshot();
    const taken = [...this.rows.values()].some(
      (r) => o.idempotencyKey && r.userId === o.userId && r.idempotencyKey === o.idempotencyKey,
    );
    if (taken) throw new DuplicateIdempotencyKeyError(o.idempotencyKey!);
    const orderId = this.rows.size + 1;
    order.markStored({ orderId, createdAt: o.createdAt, updatedAt: o.updatedAt });
    this.rows.set(orderId, order.snapshot());
    this.takeEvents(order);
  }

  async save(order: Order): Promise<void> {
    const row = this.rows.get(order.orderId);
    const answered = (r: OrderSnapshot) => `${r.stockAnswer ?? null}/${r.couponAnswer ?? null}`;
    const stored = order.storedAnswers;
    if (
      !row ||
      row.status !== order.storedStatus ||
      answered(row) !== `${stored.stock}/${stored.coupon}`
    )
      throw new OrderChangedConcurrentlyError(order.orderId);
    this.saves.push(order.orderId);
    const o = order.snapshot();
    order.markStored({ orderId: o.orderId, createdAt: o.createdAt, updatedAt: o.updatedAt });
    this.rows.set(o.orderId, order.snapshot());
    this.takeEvents(order);
  }

  async findById(orderId: number): Promise<Order | null> {
    return this.load((r) => r.orderId === orderId);
  }

  async findByGid(gid: string): Promise<Order | null> {
    return this.load((r) => r.gid === gid);
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    if (this.blindKeyLookups > 0 && this.blindKeyLookups--) return null;
    return this.load((r) => r.userId === userId && r.idempotencyKey === key);
  }

  async listByUser(
    userId: number,
    offset: number,
    limit: number,
  ): Promise<{ orders: Order[]; total: number }> {
    const mine = [...this.rows.values()]
      .filter((r) => r.userId === userId)
      .sort((a, b) => b.orderId - a.orderId);
    return {
      orders: mine.slice(offset, offset + limit).map((row) => Order.restore(row)),
      total: mine.length,
    };
  }

  async quantitiesBySku(statuses: readonly OrderStatus[]): Promise<Map<string, number>> {
    const units = new Map<string, number>();
    for (const row of this.rows.values()) {
      if (!statuses.includes(row.status) || row.stockReturned) continue;
      for (const i of row.items) units.set(i.skuId, (units.get(i.skuId) ?? 0) + i.quantity);
    }
    return units;
  }

  async pendingOrders(limit: number): Promise<PendingOrder[]> {
    return [...this.rows.values()]
      .filter((r) => r.status === 'PENDING')
      .slice(0, limit)
      .map((r) => ({
        orderId: r.orderId,
        gid: r.gid,
        consistency: r.consistency,
        createdAt: r.createdAt,
      }));
  }

  async unpaidOrderIds(createdBefore: Date, limit: number): Promise<number[]> {
    return [...this.rows.values()]
      .filter((r) => r.status === 'CREATED' && r.createdAt < createdBefore)
      .slice(0, limit)
      .map((r) => r.orderId);
  }

  async deliveredOrderIds(deliveredBefore: Date, limit: number): Promise<number[]> {
    return [...this.rows.values()]
      .filter((r) => Order.restore(r).awaitsAutoReceipt(deliveredBefore))
      .slice(0, limit)
      .map((r) => r.orderId);
  }

  /** Changes a stored row behind the aggregates' backs (another request did it). */
  setStatus(orderId: number, status: OrderStatus): void {
    this.rows.get(orderId)!.status = status;
  }

  private load(match: (row: OrderSnapshot) => boolean): Order | null {
    this.reads++;
    const row = [...this.rows.values()].find(match);
    return row ? Order.restore(row) : null;
  }

  async timeline(orderId: number): Promise<TimelineEntry[]> {
    return [...(this.timelines.get(orderId) ?? [])];
  }

  private takeEvents(order: Order): void {
    for (const event of order.pullEvents()) this.events.push({ ...event, orderId: order.orderId });
    const timeline = this.timelines.get(order.orderId) ?? [];
    timeline.push(...order.pullTimeline());
    this.timelines.set(order.orderId, timeline);
  }
}

/** The catalog as a fixed list of SKUs. */
export class FakeCatalogClient extends CatalogClient {
  constructor(readonly skus: SkuView[]) {
    super();
  }

  async listProducts(): Promise<ProductView[]> {
    return [];
  }

  async getSkus(skuIds: string[]): Promise<SkuView[]> {
    return this.skus.filter((s) => skuIds.includes(s.sku_id));
  }

  // The back office's writes: the orders context never calls them.
  listAdminProducts(): Promise<never> {
    return this.notForOrders();
  }
  createProduct(): Promise<never> {
    return this.notForOrders();
  }
  editProduct(): Promise<never> {
    return this.notForOrders();
  }
  reviewProduct(): Promise<never> {
    return this.notForOrders();
  }
  browseTaxa(): Promise<never> {
    return this.notForOrders();
  }
  listTaxa(): Promise<never> {
    return this.notForOrders();
  }
  createTaxon(): Promise<never> {
    return this.notForOrders();
  }
  editTaxon(): Promise<never> {
    return this.notForOrders();
  }
  private notForOrders(): Promise<never> {
    return Promise.reject(new Error('the orders context does not write the catalog'));
  }
}

export function sku(skuId: string, priceCents: number, onShelf = true): SkuView {
  return {
    sku_id: skuId,
    product_id: 1000,
    title: `title of ${skuId}`,
    price_cents: priceCents,
    on_shelf: onShelf,
  };
}

/** The inventory as the orders context calls it: records each call; `fail` makes one throw. */
export class FakeInventoryClient extends InventoryClient {
  readonly calls: string[] = [];
  fail: Partial<
    Record<
      | 'freeze'
      | 'deduct'
      | 'unfreeze'
      | 'returnStock'
      | 'prepareSaleXa'
      | 'prepareReturnXa'
      | 'commitXa'
      | 'rollbackXa',
      Error
    >
  > = {};
  /** The branches prepared and not yet committed or rolled back (what XA RECOVER would list). */
  readonly preparedXa = new Set<string>();
  ledgerRows: StockLedgerView[] = [];

  async freeze(gid: string, items: StockLineInput[]): Promise<void> {
    this.record('freeze', gid, items.map((i) => `${i.sku_id}x${i.quantity}`).join(','));
  }

  async deduct(gid: string): Promise<void> {
    this.record('deduct', gid);
  }

  async unfreeze(gid: string): Promise<void> {
    this.record('unfreeze', gid);
  }

  async returnStock(gid: string): Promise<void> {
    this.record('returnStock', gid);
  }

  async prepareSaleXa(gid: string, items: StockLineInput[]): Promise<void> {
    this.record('prepareSaleXa', gid, items.map((i) => `${i.sku_id}x${i.quantity}`).join(','));
    this.preparedXa.add(gid);
  }

  async prepareReturnXa(gid: string, orderGid: string): Promise<void> {
    this.record('prepareReturnXa', gid, orderGid);
    this.preparedXa.add(gid);
  }

  async commitXa(gid: string): Promise<void> {
    this.record('commitXa', gid);
    this.preparedXa.delete(gid);
  }

  async rollbackXa(gid: string): Promise<void> {
    this.record('rollbackXa', gid);
    this.preparedXa.delete(gid);
  }

  async recoverXa(): Promise<string[]> {
    return [...this.preparedXa];
  }

  async getStock(skuId: string): Promise<StockView> {
    const row = this.ledgerRows.find((r) => r.sku_id === skuId);
    if (!row) throw new Error(`no stock for ${skuId}`);
    return row;
  }

  async ledger(): Promise<StockLedgerView[]> {
    return this.ledgerRows;
  }

  private record(op: keyof FakeInventoryClient['fail'], gid: string, detail = ''): void {
    this.calls.push(detail ? `${op} ${gid} ${detail}` : `${op} ${gid}`);
    const failure = this.fail[op];
    if (failure) throw failure;
  }

  // The back office's stock entries: the orders context never calls them.
  recordStockEntry(): Promise<never> {
    return Promise.reject(new Error('the orders context does not record stock entries'));
  }
  listStockEntries(): Promise<never> {
    return Promise.reject(new Error('the orders context does not read stock entries'));
  }
}

/** A gate that admits everything, or refuses what `short` names; records what it took back. */
export class FakeStockGate extends StockGate {
  readonly released: RequestedLine[][] = [];
  short: { skuId: string; available: number } | null = null;
  drift: GateDrift[] = [];

  protected async take(): Promise<GateAnswer> {
    return this.short ? { admitted: false, ...this.short } : { admitted: true };
  }

  async release(lines: RequestedLine[]): Promise<void> {
    this.released.push(lines);
  }

  async reconcile(): Promise<GateDrift[]> {
    return this.drift;
  }
}
