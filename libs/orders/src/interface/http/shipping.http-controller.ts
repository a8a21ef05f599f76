import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '@nestmall/admin';
import { ApiErrors } from '@nestmall/platform';
import { OrdersClient } from '../../client/orders.client.js';
import { OrderIdParams } from './dto/order.dto.js';
import { OrderResponse } from './dto/order.responses.js';

/** The warehouse's side of an order: shipping it (a staff token with order:ship). */
@ApiTags('admin')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin/orders')
export class ShippingHttpController {
  constructor(private readonly orders: OrdersClient) {}

  @Post(':id/ship')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('order:ship')
  @ApiOperation({
    summary: 'Ship a PAID order with a carrier shipment (permission order:ship)',
    description:
      "Creates the shipment at the carrier (the order's address; the order id is the " +
      'idempotency key, so a retry gets the same tracking number), then SHIPPED with the ' +
      "carrier and tracking number on the order's timeline; OrderShipped goes out. A carrier " +
      'that is down, too slow or whose circuit breaker is open is 503 naming it, and the order ' +
      'stays PAID. Not PAID: 409; no address: 422.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  ship(@Param() params: OrderIdParams): Promise<OrderResponse> {
    return this.orders.shipOrder(params.id);
  }
}
