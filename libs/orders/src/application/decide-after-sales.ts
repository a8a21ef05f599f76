import { Injectable } from '@nestjs/common';
import { InvalidArgumentError, UnitOfWork } from '@nestmall/ports/platform';
import { AfterSalesNotFoundError } from '../domain/after-sales.js';
import { OrderNotFoundError } from '../domain/order.js';
import { AfterSalesRepository } from './after-sales.repository.js';
import { toAfterSalesView, type AfterSalesView } from './after-sales-views.js';
import { OrderRepository } from './order.repository.js';

export const AFTER_SALES_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type AfterSalesDecision = (typeof AFTER_SALES_DECISIONS)[number];

/**
 * Staff (permission aftersales:decide) approves or rejects a request, with a reason. Approving
 * a REFUND asks the payment service for the money (AfterSalesRefundRequested through the outbox,
 * in the same unit of work); for an order never shipped its goods never left, so its units go
 * back at once (OrderReturned, the request's units). Approving a RETURN waits for the goods (ReceiveReturn).
 */
@Injectable()
export class DecideAfterSales {
  constructor(
    private readonly orders: OrderRepository,
    private readonly requests: AfterSalesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    staffId: number,
    requestId: number,
    input: { decision: unknown; reason: unknown },
  ): Promise<AfterSalesView> {
    if (!AFTER_SALES_DECISIONS.includes(input.decision as AfterSalesDecision))
      throw new InvalidArgumentError(`decision must be one of ${AFTER_SALES_DECISIONS.join(', ')}`);
    return this.unitOfWork.run(async () => {
      const request = await this.requests.findById(requestId);
      if (!request) throw new AfterSalesNotFoundError(requestId);
      const order = await this.orders.findById(request.orderId);
      if (!order) throw new OrderNotFoundError(request.orderId);
      if (input.decision === 'REJECT') {
        request.reject(staffId, input.reason);
        order.note('AfterSalesRejected', `#${requestId}: ${String(input.reason).trim()}`);
      } else {
        const { returnStock } = request.approve(staffId, input.reason, order.status);
        order.note('AfterSalesApproved', `#${requestId}: ${String(input.reason).trim()}`);
        if (returnStock)
          order.returnUnits(requestId, request.unitsOf(order), `#${requestId}: refunded unshipped`);
      }
      await this.requests.save(request);
      await this.orders.save(order);
      return toAfterSalesView(request);
    });
  }
}
