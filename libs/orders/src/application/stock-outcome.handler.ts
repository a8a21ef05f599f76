import { Injectable, Logger } from '@nestjs/common';
import {
  CONSUMERS,
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

/**
 * The second phase of the two-phase message (ORDER_CONSISTENCY=message), on the orders' side:
 * the inventory's answer to OrderRequested settles the PENDING order. StockDeducted -> CREATED
 * (and OrderPlaced, as after a TCC Confirm); StockRejected -> FAILED with the reason (the
 * compensation: nothing was deducted). Handled once (the inbox), in the unit of work that
 * records it. Subscribed in both modes, so orders requested before a switch back to tcc still
 * settle.
 */
@Injectable()
export class StockOutcomeHandler extends IntegrationEventHandler<StockOutcomePayload> {
  readonly consumer = CONSUMERS.ordersStockOutcomes;
  readonly types = [STOCK_DEDUCTED, STOCK_REJECTED];
  private readonly logger = new Logger('StockOutcomeHandler');

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
    const deducted = event.type === STOCK_DEDUCTED;
    const settled = order.settle(
      deducted
        ? { deducted: true }
        : { deducted: false, reason: reason ?? 'the inventory refused the order' },
    );
    if (!settled) return; // settled already: an outcome delivered twice changes nothing
    await this.orders.save(order);
    if (deducted) return;
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
