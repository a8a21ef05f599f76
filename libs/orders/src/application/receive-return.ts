import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { AfterSalesNotFoundError } from '../domain/after-sales.js';
import { OrderNotFoundError } from '../domain/order.js';
import { AfterSalesRepository } from './after-sales.repository.js';
import { toAfterSalesView, type AfterSalesView } from './after-sales-views.js';
import { OrderRepository } from './order.repository.js';

/**
 * Staff (aftersales:decide) marks an approved return's goods received in the warehouse: the
 * order takes the request's units back (OrderReturned: the inventory moves those units sold ->
 * available, a 'return' move in its ledger under the order's gid, once per request) and the refund is asked for
 * (AfterSalesRefundRequested), all in one unit of work.
 */
@Injectable()
export class ReceiveReturn {
  constructor(
    private readonly orders: OrderRepository,
    private readonly requests: AfterSalesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(requestId: number): Promise<AfterSalesView> {
    return this.unitOfWork.run(async () => {
      const request = await this.requests.findById(requestId);
      if (!request) throw new AfterSalesNotFoundError(requestId);
      const order = await this.orders.findById(request.orderId);
      if (!order) throw new OrderNotFoundError(request.orderId);
      request.returnReceived();
      order.returnUnits(requestId, request.unitsOf(order), `#${requestId}: goods received`);
      await this.requests.save(request);
      await this.orders.save(order);
      return toAfterSalesView(request);
    });
  }
}
