import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  IdempotencyKey,
  JwtAuthGuard,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { OrdersClient } from '../../client/orders.client.js';
import { OrderIdParams, OrdersPageQuery, PlaceOrderBody } from './dto/order.dto.js';
import { OrderPageResponse, OrderResponse, OrderTimelineResponse } from './dto/order.responses.js';

@ApiTags('orders')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(JwtAuthGuard)
@Controller('orders')
export class OrdersHttpController {
  constructor(private readonly orders: OrdersClient) {}

  @Post()
  @ApiOperation({
    summary: 'Place an order (TCC by default: freeze, then deduct, the stock)',
    description:
      'All or nothing. Not enough stock is 409 naming the SKU; an unknown SKU 404; a SKU off ' +
      'shelf 409. The same Idempotency-Key again returns the first result, never a second order. ' +
      'With ORDER_CONSISTENCY=message the order is answered PENDING at once and settles to ' +
      'CREATED, or FAILED with failure_reason (not enough stock), when the inventory answers: ' +
      'poll GET /orders/{id}. With address_id (one of GET /users/me/addresses) the order keeps ' +
      'a copy of that address as shipping_address; an unknown or foreign one is 404 naming ' +
      'address_id, before any stock is reserved.',
  })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.PAYLOAD_TOO_LARGE,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  place(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: PlaceOrderBody,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<OrderResponse> {
    return this.orders.placeOrder(user, {
      items: body.items,
      idempotency_key: idempotencyKey,
      address_id: body.address_id,
      coupon_id: body.coupon_id,
    });
  }

  @Get()
  @ApiOperation({ summary: 'My orders, newest first' })
  @ApiOkResponse({ type: OrderPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: OrdersPageQuery,
  ): Promise<OrderPageResponse> {
    return this.orders.listOrders(user, query.page_num, query.page_size);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my orders (anyone else gets 404)' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
  ): Promise<OrderResponse> {
    return this.orders.getOrder(user, params.id);
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: "One of my orders' timeline: every status change with its time and cause",
    description:
      "Oldest first. kind is 'status' for the order's own changes, 'shipment' when it was " +
      "handed to the carrier (detail: carrier and tracking number), 'tracking' for each event " +
      'the carrier reported (cause: IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION; detail: ' +
      "the carrier's note). Orders placed before timelines have none.",
  })
  @ApiOkResponse({ type: OrderTimelineResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  timeline(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
  ): Promise<OrderTimelineResponse> {
    return this.orders.getOrderTimeline(user, params.id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel an order not yet shipped; its units go back to available' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
  ): Promise<OrderResponse> {
    return this.orders.cancelOrder(user, params.id);
  }

  @Post(':id/receive')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Confirm I received a shipped order (RECEIVED)',
    description:
      'Once the carrier reports it DELIVERED, the order becomes RECEIVED by itself after ' +
      'ORDER_AUTO_RECEIVE_AFTER_MS (7 days) if I do not confirm. Confirming again changes ' +
      'nothing; an order not shipped is 409.',
  })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  receive(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
  ): Promise<OrderResponse> {
    return this.orders.receiveOrder(user, params.id);
  }
}
