import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CatalogClient } from '@nestmall/catalog';
import { ConflictError, DomainError } from '@nestmall/platform';
import { TccCoordinator } from '@nestmall/transactions';
import {
  checkRequestedLines,
  DuplicateIdempotencyKeyError,
  shippingFeeCents,
  SkuOffShelfError,
  UnknownSkuError,
  type Order,
  type OrderItem,
  type RequestedLine,
} from '../domain/order.js';
import { OrderRepository, type OrderDraft } from './order.repository.js';
import { OrderTransactions } from './order-transactions.js';
import { toOrderView, type OrderView } from './order-views.js';

export interface PlaceOrderInput {
  userId: number;
  items: RequestedLine[];
  /** Same key, same user: the first result again, never a second order. */
  idempotencyKey?: string;
}

@Injectable()
export class PlaceOrder {
  constructor(
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogClient,
    private readonly coordinator: TccCoordinator,
    private readonly transactions: OrderTransactions,
  ) {}

  async execute(input: PlaceOrderInput): Promise<OrderView> {
    checkRequestedLines(input.items);
    const key = input.idempotencyKey || null;
    if (key) {
      const earlier = await this.orders.findByIdempotencyKey(input.userId, key);
      if (earlier) return replay(earlier);
    }
    const draft = await this.draft(input.userId, key, input.items);
    const outcome = await this.coordinator.execute(this.transactions.placeOrder, draft.gid, {
      draft,
    });

    if (outcome.status === 'CANCELLED' || outcome.status === 'CANCELLING') {
      if (outcome.error instanceof DuplicateIdempotencyKeyError && key) {
        const first = await this.orders.findByIdempotencyKey(input.userId, key);
        if (first) return replay(first);
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
      items,
      subtotalCents,
      shippingCents,
      totalCents: subtotalCents + shippingCents,
    };
  }
}

/** The first result of an Idempotency-Key, again: the order, or the same refusal. */
function replay(order: Order): OrderView {
  if (order.status === 'FAILED')
    throw new ConflictError(order.failureReason ?? `order ${order.orderId} failed`);
  return toOrderView(order);
}
