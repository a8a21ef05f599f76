import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { AfterSalesRequest } from '../domain/after-sales.js';
import { OrderNotFoundError } from '../domain/order.js';
import type { RefundLine } from '../domain/refund-quote.js';
import { AfterSalesRepository } from './after-sales.repository.js';
import { toAfterSalesView, type AfterSalesView } from './after-sales-views.js';
import { OrderRepository } from './order.repository.js';

export interface AfterSalesInput {
  kind: unknown;
  reason: unknown;
  /** The units asked back (none: every unit not refunded or asked back yet). */
  lines?: RefundLine[] | null;
}

/**
 * A buyer opens a return or refund request on one of their PAID, SHIPPED or RECEIVED orders
 * (someone else's order is not found), for some of its units or all that are left; its refund
 * is the order's quote for them, given the units its other requests took. The request, its AfterSalesRequested event and the
 * order's timeline line are stored in one unit of work; the order's row is saved guarded on its
 * status, so a request never slips past a concurrent change of the order.
 */
@Injectable()
export class RequestAfterSales {
  constructor(
    private readonly orders: OrderRepository,
    private readonly requests: AfterSalesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(userId: number, orderId: number, input: AfterSalesInput): Promise<AfterSalesView> {
    return this.unitOfWork.run(async () => {
      const order = await this.orders.findById(orderId);
      if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
      const requests = await this.requests.listByOrder(orderId);
      const request = AfterSalesRequest.open(order, input, requests);
      await this.requests.add(request);
      order.note('AfterSalesRequested', `${request.kind} #${request.requestId}`);
      await this.orders.save(order);
      return toAfterSalesView(request);
    });
  }
}
