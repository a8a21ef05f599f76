import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/platform';
import type { AfterSalesPageView, AfterSalesView } from '../application/after-sales-views.js';
import { DecideAfterSales } from '../application/decide-after-sales.js';
import { ReadAfterSales } from '../application/read-after-sales.js';
import { ReceiveReturn } from '../application/receive-return.js';
import { RequestAfterSales } from '../application/request-after-sales.js';
import {
  AfterSalesClient,
  type AfterSalesDecisionInput,
  type AfterSalesRequestInput,
  type AfterSalesStaff,
} from './after-sales.client.js';

@Injectable()
export class InProcessAfterSalesClient extends AfterSalesClient {
  constructor(
    private readonly requestCase: RequestAfterSales,
    private readonly decideCase: DecideAfterSales,
    private readonly receiveCase: ReceiveReturn,
    private readonly read: ReadAfterSales,
  ) {
    super();
  }

  request(
    caller: AuthenticatedUser,
    orderId: number,
    input: AfterSalesRequestInput,
  ): Promise<AfterSalesView> {
    return this.requestCase.execute(caller.userId, orderId, input);
  }

  listForOrder(caller: AuthenticatedUser, orderId: number): Promise<AfterSalesView[]> {
    return this.read.ofOrder(caller.userId, orderId);
  }

  decide(
    staff: AfterSalesStaff,
    requestId: number,
    input: AfterSalesDecisionInput,
  ): Promise<AfterSalesView> {
    return this.decideCase.execute(staff.staffId, requestId, input);
  }

  receiveReturn(_staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView> {
    return this.receiveCase.execute(requestId);
  }

  list(
    _staff: AfterSalesStaff,
    status: string | null,
    pageNum?: number,
    pageSize?: number,
  ): Promise<AfterSalesPageView> {
    return this.read.list(status, pageNum, pageSize);
  }

  get(_staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView> {
    return this.read.get(requestId);
  }
}
