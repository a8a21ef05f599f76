import { Inject, Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_STATUS_CHANGED,
  type OrderStatusChangedPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { ChatFanout } from './chat-fanout.js';
import { ORDER_PUSH_GAP_MS, OrderProgressRepository } from './order-progress.repository.js';

/**
 * Pushes an order's status changes to its buyer (and nobody else), in the order they happened:
 * a change that arrives before the previous one was pushed fails, and the bus delivers it again
 * later (its retry queue); once the change is IM_ORDER_PUSH_GAP_MS old it goes without waiting
 * for the missing one (an order older than the IM, a change parked in a dead-letter queue). A
 * change pushed already is not pushed twice.
 */
@Injectable()
export class OrderStatusPushHandler extends IntegrationEventHandler<OrderStatusChangedPayload> {
  readonly consumer = CONSUMERS.imOrderStatus;
  readonly types = [ORDER_STATUS_CHANGED];

  constructor(
    bus: EventBus,
    private readonly progress: OrderProgressRepository,
    private readonly fanout: ChatFanout,
    @Inject(ORDER_PUSH_GAP_MS) private readonly gapMs: number,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderStatusChangedPayload>): Promise<void> {
    const p = event.payload;
    if (
      !Number.isInteger(p.order_id) ||
      !Number.isInteger(p.user_id) ||
      !Number.isInteger(p.sequence) ||
      typeof p.status !== 'string'
    )
      throw new Error(`${this.consumer}: ${event.type} ${event.id} is not a status change`);
    const age = Date.now() - Date.parse(p.at);
    const acceptGap = !(age < this.gapMs);
    if (!(await this.progress.advance(p.order_id, p.user_id, p.sequence, acceptGap))) return;
    await this.fanout.publish({
      event: 'order.status',
      audience: { buyerId: p.user_id, staff: false },
      data: {
        order_id: p.order_id,
        status: p.status,
        cause: p.cause,
        sequence: p.sequence,
        at: p.at,
      },
    });
  }
}
