import { Body, Controller, Get, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { PaymentClient } from '../../client/payment.client.js';
import { PaymentIdParams, StartPaymentBody } from './dto/payment.dto.js';
import { PaymentResponse } from './dto/payment.responses.js';

@ApiTags('payments')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(JwtAuthGuard)
@Controller('payments')
export class PaymentsHttpController {
  constructor(private readonly payments: PaymentClient) {}

  @Post()
  @ApiOperation({
    summary: 'Pay one of my CREATED orders: a payment for its total, with the checkout URL',
    description:
      "The amount is the order's total as the orders service knows it. The buyer pays on " +
      "checkout_url at the provider; the order becomes PAID when the provider's signed " +
      'notification arrives and checks out (poll GET /orders/{id} or GET /payments/{id}). An ' +
      'open payment of the order is answered again (never a second one); another method while ' +
      'one is open, or an order not CREATED, is 409. 503 when the provider cannot be reached.',
  })
  @ApiCreatedResponse({ type: PaymentResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  start(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: StartPaymentBody,
  ): Promise<PaymentResponse> {
    return this.payments.startPayment(user, body.order_id, body.method);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my payments (anyone else gets 404)' })
  @ApiOkResponse({ type: PaymentResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PaymentIdParams,
  ): Promise<PaymentResponse> {
    return this.payments.getPayment(user, params.id);
  }
}
