import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { AfterSalesNotFoundError, type AfterSalesStatus } from '../domain/after-sales.js';
import { OrderNotFoundError } from '../domain/order.js';
import { AfterSalesRepository } from './after-sales.repository.js';
import {
  toAfterSalesView,
  type AfterSalesPageView,
  type AfterSalesView,
} from './after-sales-views.js';
import { OrderRepository } from './order.repository.js';

const STATUSES: readonly AfterSalesStatus[] = [
  'REQUESTED',
  'REJECTED',
  'AWAITING_RETURN',
  'REFUNDING',
  'REFUNDED',
];
const MAX_PAGE_SIZE = 100;

@Injectable()
export class ReadAfterSales {
  constructor(
    private readonly orders: OrderRepository,
    private readonly requests: AfterSalesRepository,
  ) {}

  /** The requests of one of the buyer's orders, oldest first (someone else's: not found). */
  async ofOrder(userId: number, orderId: number): Promise<AfterSalesView[]> {
    const order = await this.orders.findById(orderId);
    if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
    return (await this.requests.listByOrder(orderId)).map(toAfterSalesView);
  }

  /** Staff: one request. */
  async get(requestId: number): Promise<AfterSalesView> {
    const request = await this.requests.findById(requestId);
    if (!request) throw new AfterSalesNotFoundError(requestId);
    return toAfterSalesView(request);
  }

  /** Staff: the requests (in `status`, or all), newest first. */
  async list(status: string | null, pageNum = 1, pageSize = 20): Promise<AfterSalesPageView> {
    if (status !== null && !STATUSES.includes(status as AfterSalesStatus))
      throw new InvalidArgumentError(`status must be one of ${STATUSES.join(', ')}`);
    if (!Number.isInteger(pageNum) || pageNum < 1)
      throw new InvalidArgumentError('page_num must be an integer from 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
      throw new InvalidArgumentError(`page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    const page = await this.requests.list(
      status as AfterSalesStatus | null,
      (pageNum - 1) * pageSize,
      pageSize,
    );
    return {
      requests: page.requests.map(toAfterSalesView),
      total: page.total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }
}
