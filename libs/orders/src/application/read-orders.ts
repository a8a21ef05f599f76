import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { OrderNotFoundError } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import {
  toOrderView,
  toTimelineView,
  type OrderPageView,
  type OrderTimelineView,
  type OrderView,
} from './order-views.js';

const MAX_PAGE_SIZE = 100;

@Injectable()
export class ReadOrders {
  constructor(private readonly orders: OrderRepository) {}

  /** Someone else's order is "not found", not "forbidden": its existence is not theirs to know. */
  async get(userId: number, orderId: number): Promise<OrderView> {
    const order = await this.orders.findById(orderId);
    if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
    return toOrderView(order);
  }

  /** Every status change of one of the user's orders, oldest first (others' are not found). */
  async timeline(userId: number, orderId: number): Promise<OrderTimelineView> {
    const order = await this.orders.findById(orderId);
    if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
    return toTimelineView(orderId, await this.orders.timeline(orderId));
  }

  async list(userId: number, pageNum = 1, pageSize = 10): Promise<OrderPageView> {
    if (!Number.isInteger(pageNum) || pageNum < 1)
      throw new InvalidArgumentError('page_num must be an integer from 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidArgumentError(`page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    }
    const page = await this.orders.listByUser(userId, (pageNum - 1) * pageSize, pageSize);
    return {
      orders: page.orders.map(toOrderView),
      total: page.total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }
}
