import { randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CatalogClient } from '@nestmall/catalog';
import { OutboxRelay } from '@nestmall/messaging';
import { ConflictError, DomainError, type AppConfig } from '@nestmall/platform';
import { TccCoordinator } from '@nestmall/transactions';
import {
  checkRequestedLines,
  DuplicateIdempotencyKeyError,
  IdempotencyKeyReusedError,
  NotEnoughStockError,
  sameRequest,
  shippingFeeCents,
  SkuOffShelfError,
  UnknownSkuError,
  type Order,
  type OrderConsistency,
  type OrderItem,
  type RequestedLine,
} from '../domain/order.js';
import { OrderRepository, type OrderDraft } from './order.repository.js';
import { OrderTransactions } from './order-transactions.js';
import { StockGate } from './stock-gate.js';
import { toOrderView, type OrderView } from './order-views.js';

export interface PlaceOrderInput {
  userId: number;
  items: RequestedLine[];
  /** Same key, same user: the first result again, never a second order. */
  idempotencyKey?: string;
}

/**
 * Places an order the way ORDER_CONSISTENCY says. tcc: a TCC global transaction (Try = order
 * PENDING + stock frozen, Confirm = CREATED + sold, Cancel = FAILED + unfrozen), answered when
 * settled. message: the two-phase message: the order commits PENDING with OrderRequested in its
 * outbox and is answered at once; the inventory's StockDeducted or StockRejected settles it.
 */
@Injectable()
export class PlaceOrder {
  private readonly consistency: OrderConsistency;

  constructor(
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogClient,
    private readonly coordinator: TccCoordinator,
    private readonly transactions: OrderTransactions,
    private readonly gate: StockGate,
    config: ConfigService<AppConfig, true>,
    @Optional() private readonly relay?: OutboxRelay,
  ) {
    this.consistency = config.get('ORDER_CONSISTENCY', { infer: true });
  }

  async execute(input: PlaceOrderInput): Promise<OrderView> {
    checkRequestedLines(input.items);
    const key = input.idempotencyKey || null;
    if (key) {
      const earlier = await this.orders.findByIdempotencyKey(input.userId, key);
      if (earlier) return replay(earlier, key, input.items);
    }
    const draft = await this.draft(input.userId, key, input.items);
    const gate = await this.gate.admit(input.items);
    if (!gate.admitted) {
      const wanted = input.items.find((l) => l.skuId === gate.skuId)!.quantity;
      throw new NotEnoughStockError(gate.skuId, gate.available, wanted);
    }
    if (draft.consistency === 'message') return this.request(draft, input.items);
    const outcome = await this.coordinator
      .execute(this.transactions.placeOrder, draft.gid, {
        draft,
      })
      .catch(async (error: unknown) => {
        await this.gate.release(input.items);
        throw error;
      });

    if (outcome.status === 'CANCELLED' || outcome.status === 'CANCELLING') {
      await this.gate.release(input.items);
      if (outcome.error instanceof DuplicateIdempotencyKeyError && key) {
        const first = await this.orders.findByIdempotencyKey(input.userId, key);
        if (first) return replay(first, key, input.items);
      }
      const error =
        outcome.error instanceof DomainError
          ? outcome.error
          : new DomainError('UNAVAILABLE', 'the order could not be placed now; try again');
      await this.orders.setFailureReason(draft.gid, error.message);
      throw error;
    }
    // CONFIRMED, or CONFIRMING (the recovery worker completes it: PENDING for a moment).
    return toOrderView((await this.orders.findByGid(draft.gid))!);
  }

  /** The first phase of the two-phase message: PENDING + OrderRequested, committed together. */
  private async request(draft: OrderDraft, lines: RequestedLine[]): Promise<OrderView> {
    try {
      await this.orders.createRequested(draft);
    } catch (error) {
      await this.gate.release(lines);
      if (error instanceof DuplicateIdempotencyKeyError && draft.idempotencyKey) {
        const first = await this.orders.findByIdempotencyKey(draft.userId, draft.idempotencyKey);
        if (first) return replay(first, draft.idempotencyKey, lines);
      }
      throw error;
    }
    this.relay?.nudge();
    return toOrderView((await this.orders.findByGid(draft.gid))!);
  }

  private async draft(
    userId: number,
    idempotencyKey: string | null,
    lines: RequestedLine[],
  ): Promise<OrderDraft> {
    const skus = new Map(
      (await this.catalog.getSkus(lines.map((l) => l.skuId))).map((s) => [s.sku_id, s]),
    );
    const items: OrderItem[] = lines.map((line) => {
      const sku = skus.get(line.skuId);
      if (!sku) throw new UnknownSkuError(line.skuId);
      if (!sku.on_shelf) throw new SkuOffShelfError(line.skuId);
      return {
        skuId: line.skuId,
        title: sku.title,
        quantity: line.quantity,
        unitPriceCents: sku.price_cents,
        lineTotalCents: sku.price_cents * line.quantity,
      };
    });
    const subtotalCents = items.reduce((sum, i) => sum + i.lineTotalCents, 0);
    const shippingCents = shippingFeeCents(subtotalCents);
    return {
      gid: randomUUID(),
      userId,
      idempotencyKey,
      consistency: this.consistency,
      items,
      subtotalCents,
      shippingCents,
      totalCents: subtotalCents + shippingCents,
    };
  }
}

/**
 * The first result of an Idempotency-Key, again: the order, or the same refusal; 422 when the
 * key came with a different request this time.
 */
function replay(order: Order, key: string, lines: RequestedLine[]): OrderView {
  if (!sameRequest(order, lines)) throw new IdempotencyKeyReusedError(key);
  if (order.status === 'FAILED')
    throw new ConflictError(order.failureReason ?? `order ${order.orderId} failed`);
  return toOrderView(order);
}
