import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CatalogClient, checkSkuLines, UnknownSkuError } from '@nestmall/ports/catalog';
import { MarketingClient } from '@nestmall/ports/marketing';
import { ConflictError, DomainError, UnitOfWork, type AppConfig } from '@nestmall/ports/platform';
import { TccCoordinator } from '@nestmall/ports/transactions';
import { UsersClient } from '@nestmall/ports/users';
import type { OrdersConfig } from '../orders.config.js';
import {
  draftOrder,
  DuplicateIdempotencyKeyError,
  IdempotencyKeyReusedError,
  MAX_ITEMS,
  MAX_QUANTITY,
  NotEnoughStockError,
  Order,
  sameRequest,
  SkuOffShelfError,
  type OrderConsistency,
  type OrderDraft,
  type OrderRequest,
  type PricedLine,
  type RequestedLine,
  type ShipTo,
} from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { OrdersInFlight } from './orders-in-flight.js';
import { OrderTransactionTypes } from './order-transaction-types.js';
import { OrderXa } from './order-xa.js';
import { StockGate } from './stock-gate.js';
import { toOrderView, type OrderView } from './order-views.js';

export interface PlaceOrderInput {
  userId: number;
  items: RequestedLine[];
  /** Same key, same user: the first result again, never a second order. */
  idempotencyKey?: string;
  /** One of the buyer's addresses: the order keeps a copy of it. */
  addressId?: number;
  /** The buyer's access token, which the users context checks before it answers the address. */
  accessToken?: string;
  /** One of the user's claimed coupons: priced in, locked by the coupon branch, used on Confirm. */
  couponId?: number;
}

/**
 * Places an order the way ORDER_CONSISTENCY says. tcc: a TCC global transaction (Try = order
 * PENDING + stock frozen, Confirm = CREATED + sold, Cancel = FAILED + unfrozen), answered when
 * settled. message: the two-phase message: the order commits PENDING with OrderRequested in its
 * outbox and is answered at once; the inventory's answer (and the marketing context's, for its
 * coupon) settles it. xa: the two-phase commit over XA, answered when committed.
 */
@Injectable()
export class PlaceOrder {
  private readonly consistency: OrderConsistency;

  constructor(
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogClient,
    private readonly marketing: MarketingClient,
    private readonly coordinator: TccCoordinator,
    private readonly transactionTypes: OrderTransactionTypes,
    private readonly inFlight: OrdersInFlight,
    private readonly gate: StockGate,
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersClient,
    config: ConfigService<AppConfig & OrdersConfig, true>,
    /** ORDER_CONSISTENCY=xa: the two-phase commit (absent in specs of the other modes). */
    private readonly xa?: OrderXa,
  ) {
    this.consistency = config.get('ORDER_CONSISTENCY', { infer: true });
  }

  async execute(input: PlaceOrderInput): Promise<OrderView> {
    checkSkuLines(input.items, { maxLines: MAX_ITEMS, maxQuantity: MAX_QUANTITY });
    const key = input.idempotencyKey || null;
    const addressId = input.addressId || null;
    const couponId = input.couponId ?? null;
    const request: OrderRequest = { lines: input.items, couponId, addressId };
    if (key) {
      const earlier = await this.orders.findByIdempotencyKey(input.userId, key);
      if (earlier) return replay(earlier, key, request);
    }
    // Before anything is reserved: an unknown or another buyer's address_id is 404, naming it.
    const shipTo = addressId ? await this.shipTo(input.userId, addressId, input.accessToken) : null;
    const draft = await this.draft(input.userId, key, input.items, shipTo, couponId);
    const gate = await this.gate.admit(input.items);
    if (!gate.admitted) {
      const wanted = input.items.find((l) => l.skuId === gate.skuId)!.quantity;
      throw new NotEnoughStockError(gate.skuId, gate.available, wanted);
    }
    const order = Order.place(draft);
    if (draft.consistency === 'message') return this.request(order, request);
    this.inFlight.watch(draft.gid, order);
    try {
      return await this.placeWithTcc(draft, request);
    } finally {
      this.inFlight.unwatch(draft.gid);
    }
  }

  private async placeWithTcc(draft: OrderDraft, request: OrderRequest): Promise<OrderView> {
    const lines = request.lines;
    const placing =
      draft.consistency === 'xa' && this.xa
        ? this.xa.place(draft)
        : this.coordinator.execute(this.transactionTypes.placeOrder, draft.gid, { draft });
    const outcome = await placing.catch(async (error: unknown) => {
      await this.gate.release(lines);
      throw error;
    });

    if (outcome.status === 'CANCELLED' || outcome.status === 'CANCELLING') {
      await this.gate.release(lines);
      if (outcome.error instanceof DuplicateIdempotencyKeyError && draft.idempotencyKey) {
        const first = await this.orders.findByIdempotencyKey(draft.userId, draft.idempotencyKey);
        if (first) return replay(first, draft.idempotencyKey, request);
      }
      // A transient failure (a deadlock with a concurrent request of the same key, which the
      // database resolves by failing one of them): the key's first order, if another request
      // placed it meanwhile, is the answer the key promises.
      if (!(outcome.error instanceof DomainError) && draft.idempotencyKey) {
        const first = await this.firstOrderOf(draft.userId, draft.idempotencyKey);
        if (first) return replay(first, draft.idempotencyKey, request);
      }
      const error =
        outcome.error instanceof DomainError
          ? outcome.error
          : new DomainError('UNAVAILABLE', 'the order could not be placed now; try again');
      await this.explainFailure(draft.gid, error.message);
      throw error;
    }
    // CONFIRMED: the order as its Confirm committed it. CONFIRMING (the recovery worker
    // completes it, PENDING for a moment): as it stands.
    const order = this.inFlight.take(draft.gid) ?? (await this.orders.findByGid(draft.gid));
    return toOrderView(order!);
  }

  /** The order placed under `key`, waiting up to a second for a concurrent request's commit. */
  private async firstOrderOf(userId: number, key: string): Promise<Order | null> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const first = await this.orders.findByIdempotencyKey(userId, key);
      if (first) return first;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }

  /** Tells the buyer why, on the order its Cancel failed (if its Try got as far as storing it). */
  private async explainFailure(gid: string, reason: string): Promise<void> {
    const order = this.inFlight.take(gid) ?? (await this.orders.findByGid(gid));
    if (order?.status !== 'FAILED') return;
    order.explainFailure(reason);
    // One UPDATE and no event: atomic without a transaction around it.
    await this.orders.save(order);
  }

  /** The first phase of the two-phase message: PENDING + OrderRequested, committed together. */
  private async request(order: Order, request: OrderRequest): Promise<OrderView> {
    try {
      await this.unitOfWork.run(() => this.orders.add(order));
    } catch (error) {
      await this.gate.release(request.lines);
      const { userId, idempotencyKey } = order.snapshot();
      if (error instanceof DuplicateIdempotencyKeyError && idempotencyKey) {
        const first = await this.orders.findByIdempotencyKey(userId, idempotencyKey);
        if (first) return replay(first, idempotencyKey, request);
      }
      throw error;
    }
    return toOrderView(order);
  }

  /** A copy of the buyer's address, as the users context answers it to the buyer's token. */
  private async shipTo(userId: number, addressId: number, accessToken = ''): Promise<ShipTo> {
    const a = await this.users.getAddress({ userId, accessToken }, addressId);
    return {
      addressId: a.address_id,
      recipient: a.recipient,
      mobile: a.mobile,
      province: a.province,
      city: a.city,
      district: a.district,
      street: a.street,
      postalCode: a.postal_code,
    };
  }

  private async draft(
    userId: number,
    idempotencyKey: string | null,
    lines: RequestedLine[],
    shipTo: ShipTo | null,
    couponId: number | null,
  ): Promise<OrderDraft> {
    const skuIds = lines.map((l) => l.skuId);
    const [found, coupon, promotions] = await Promise.all([
      this.catalog.getSkus(skuIds),
      couponId === null ? null : this.marketing.getCoupon(couponId, userId),
      this.marketing.getPromotions(skuIds),
    ]);
    const skus = new Map(found.map((s) => [s.sku_id, s]));
    const priced: PricedLine[] = lines.map((line) => {
      const sku = skus.get(line.skuId);
      if (!sku) throw new UnknownSkuError(line.skuId);
      if (!sku.on_shelf) throw new SkuOffShelfError(line.skuId);
      return {
        skuId: line.skuId,
        title: sku.title,
        quantity: line.quantity,
        unitPriceCents: sku.price_cents,
        productId: sku.product_id,
        categoryId: sku.category_id ?? null,
      };
    });
    return draftOrder(
      { gid: randomUUID(), userId, idempotencyKey, consistency: this.consistency, shipTo },
      priced,
      {
        skuDiscounts: promotions.sku_discounts.map((d) => ({
          id: d.discount_id,
          name: d.name,
          skuId: d.sku_id,
          percentOff: d.percent_off,
        })),
        spendAndSave: promotions.spend_and_save.map((r) => ({
          id: r.rule_id,
          name: r.name,
          everyCents: r.every_cents,
          offCents: r.off_cents,
        })),
        // Its Try decides whether it may be used (available, valid now, minimum spend).
        coupon: coupon && {
          couponId: coupon.coupon_id,
          name: coupon.template.name,
          kind: coupon.template.kind,
          amountOffCents: coupon.template.amount_off_cents,
          percentOff: coupon.template.percent_off,
        },
      },
    );
  }
}

/**
 * The first result of an Idempotency-Key, again: the order, or the same refusal. A key reused for
 * a different request is refused (422) rather than answered with an order the buyer did not ask for.
 */
function replay(order: Order, key: string, request: OrderRequest): OrderView {
  if (!sameRequest(order, request)) throw new IdempotencyKeyReusedError(key);
  if (order.status === 'FAILED')
    throw new ConflictError(order.failureReason ?? `order ${order.orderId} failed`);
  return toOrderView(order);
}
