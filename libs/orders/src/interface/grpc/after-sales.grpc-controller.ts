import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { AfterSalesRef__Output } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesRef.js';
import type { AfterSalesRequestMessage__Output } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesRequestMessage.js';
import type { DecideAfterSalesRequest__Output } from '@nestmall/contracts/generated/nestmall/order/v1/DecideAfterSalesRequest.js';
import type { ListAfterSalesRequest__Output } from '@nestmall/contracts/generated/nestmall/order/v1/ListAfterSalesRequest.js';
import type { OrderRef__Output } from '@nestmall/contracts/generated/nestmall/order/v1/OrderRef.js';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import type { AfterSalesPageView, AfterSalesView } from '../../application/after-sales-views.js';
import { DecideAfterSales } from '../../application/decide-after-sales.js';
import { ReadAfterSales } from '../../application/read-after-sales.js';
import { ReceiveReturn } from '../../application/receive-return.js';
import { RequestAfterSales } from '../../application/request-after-sales.js';

const SERVICE = 'nestmall.order.v1.AfterSalesService';

/**
 * nestmall.order.v1.AfterSalesService: a thin adapter over the after-sales use cases. The buyer's
 * methods take the user from the verified access token (JwtAuthGuard); the staff's check the
 * staff token and the aftersales:decide permission here (StaffOnly), whoever forwarded it.
 */
@Controller()
export class AfterSalesGrpcController {
  constructor(
    private readonly requestCase: RequestAfterSales,
    private readonly decideCase: DecideAfterSales,
    private readonly receiveCase: ReceiveReturn,
    private readonly read: ReadAfterSales,
  ) {}

  @GrpcMethod(SERVICE, 'RequestAfterSales')
  @UseGuards(JwtAuthGuard)
  requestAfterSales(
    @Payload() request: AfterSalesRequestMessage__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AfterSalesView> {
    return this.requestCase.execute(user.userId, Number(request.order_id), {
      kind: request.kind,
      reason: request.reason,
      lines: request.lines.length
        ? request.lines.map((l) => ({ skuId: l.sku_id, quantity: l.quantity }))
        : null,
    });
  }

  @GrpcMethod(SERVICE, 'ListOrderAfterSales')
  @UseGuards(JwtAuthGuard)
  async listOrderAfterSales(
    @Payload() request: OrderRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ requests: AfterSalesView[] }> {
    return { requests: await this.read.ofOrder(user.userId, Number(request.order_id)) };
  }

  @GrpcMethod(SERVICE, 'DecideAfterSales')
  @StaffOnly('aftersales:decide')
  decideAfterSales(
    @Payload() request: DecideAfterSalesRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<AfterSalesView> {
    return this.decideCase.execute(caller.staff.staff_id, Number(request.request_id), {
      decision: request.decision,
      reason: request.reason,
    });
  }

  @GrpcMethod(SERVICE, 'ReceiveReturn')
  @StaffOnly('aftersales:decide')
  receiveReturn(@Payload() request: AfterSalesRef__Output): Promise<AfterSalesView> {
    return this.receiveCase.execute(Number(request.request_id));
  }

  @GrpcMethod(SERVICE, 'ListAfterSales')
  @StaffOnly('aftersales:decide')
  listAfterSales(@Payload() request: ListAfterSalesRequest__Output): Promise<AfterSalesPageView> {
    return this.read.list(request.status || null, request.page_num || 1, request.page_size || 20);
  }

  @GrpcMethod(SERVICE, 'GetAfterSales')
  @StaffOnly('aftersales:decide')
  getAfterSales(@Payload() request: AfterSalesRef__Output): Promise<AfterSalesView> {
    return this.read.get(Number(request.request_id));
  }
}
