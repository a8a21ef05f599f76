import { Injectable, Logger } from '@nestjs/common';
import {
  CONSUMERS,
  COUPON_REJECTED,
  COUPON_USED,
  STOCK_DEDUCTED,
  STOCK_REJECTED,
  type StockOutcomePayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { UnitOfWork } from '@nestmall/ports/platform';
import { OrderRepository } from './order.repository.js';
import { StockGate } from './stock-gate.js';

/** Which participant answered what, by event type. */
const OUTCOMES: Record<string, { from: 'stock' | 'coupon'; ok: boolean }> = {
  [STOCK_DEDUCTED]: { from: 'stock', ok: true },
  [STOCK_REJECTED]: { from: 'stock', ok: false },
  [COUPON_USED]: { from: 'coupon', ok: true },
  [COUPON_REJECTED]: { from: 'coupon', ok: false },
};

/**
 * The second phase of the two-phase message (ORDER_CONSISTENCY=message), on the orders' side:
 * the participants' answers to OrderRequested settle the PENDING order, once all are in (the
 * inventory's StockDeducted or StockRejected; with a coupon, the marketing context's CouponUsed
 * or CouponRejected). All yes -> CREATED (and OrderPlaced, as after a TCC Confirm); a refusal ->
 * FAILED with its reason, and OrderRejected when the other participant took its part (the
 * compensation: it gives it back). The table is `Order.settle`. Handled once (the inbox), in the
 * unit of work that records it; two answers saved at once conflict and the later is retried.
 * Subscribed in both modes, so orders requested before a switch back to tcc still settle.
 */
@Injectable()
export class PlacementOutcomeHandler extends IntegrationEventHandler<StockOutcomePayload> {
  readonly consumer = CONSUMERS.ordersStockOutcomes;
  readonly types = Object.keys(OUTCOMES);
  private readonly logger = new Logger('PlacementOutcomeHandler');

  constructor(
    bus: EventBus,
    private readonly orders: OrderRepository,
    private readonly gate: StockGate,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<StockOutcomePayload>): Promise<void> {
    const { gid, reason } = event.payload;
    if (typeof gid !== 'string') throw new Error(`${event.type} ${event.id} carries no gid`);
    const order = await this.orders.findByGid(gid);
    // An outcome for an order this database does not have would be lost silently: fail it, so
    // it is retried and then parked in the dead-letter queue for an operator.
    if (!order) throw new Error(`${event.type} for unknown order gid ${gid}`);
    const { from, ok } = OUTCOMES[event.type];
    const settled = order.settle(
      ok ? { from, ok: true } : { from, ok: false, reason: reason ?? `the ${from} was refused` },
    );
    if (!settled) return; // answered already: an outcome delivered twice changes nothing
    await this.orders.save(order);
    if (order.status !== 'FAILED') return;
    // The hot-SKU gate took these units when the order was requested: give them back, once
    // the order is FAILED for good (a side effect outside the database waits for the commit).
    const lines = order.items.map((i) => ({ skuId: i.skuId, quantity: i.quantity }));
    this.unitOfWork.afterCommit(() => {
      this.gate.release(lines).catch((error: unknown) => {
        this.logger.warn(`gate release for ${gid} failed: ${(error as Error).message}`);
      });
    });
  }
}
