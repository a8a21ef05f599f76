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
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { AfterSalesClient, type AfterSalesStaff } from '../../client/after-sales.client.js';
import {
  AfterSalesIdParams,
  AfterSalesPageQuery,
  AfterSalesPageResponse,
  AfterSalesResponse,
  DecideAfterSalesBody,
  refundLinesOf,
  RequestAfterSalesBody,
} from './dto/after-sales.dto.js';
import { OrderIdParams } from './dto/order.dto.js';

/** The buyer's after-sales routes: a return or refund request on one of their orders. */
@ApiTags('after-sales')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(JwtAuthGuard)
@Controller('orders')
export class AfterSalesHttpController {
  constructor(private readonly afterSales: AfterSalesClient) {}

  @Post(':id/after-sales')
  @ApiOperation({
    summary: 'Ask for a return or a refund of one of my PAID, SHIPPED or RECEIVED orders',
    description:
      'Some units of some lines (`lines`), or every unit not refunded or asked back yet (no ' +
      '`lines`): what they were paid goes back once staff approves it (a RETURN: once the goods ' +
      'are back in the warehouse). An order may have several requests over time, one in ' +
      "progress at a time. Another buyer's order is 404; a bad line, or more units than a line " +
      'has left, 400 naming `lines[i].sku_id` or `lines[i].quantity`; an order in another ' +
      'status, a RETURN of an order not shipped, or a request while another is in progress 409.',
  })
  @ApiCreatedResponse({ type: AfterSalesResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
    @Body() body: RequestAfterSalesBody,
  ): Promise<AfterSalesResponse> {
    return this.afterSales.request(user, params.id, {
      kind: body.kind,
      reason: body.reason,
      lines: refundLinesOf(body.lines),
    });
  }

  @Get(':id/after-sales')
  @ApiOperation({ summary: "My order's after-sales requests, oldest first (others': 404)" })
  @ApiOkResponse({ type: [AfterSalesResponse] })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: OrderIdParams,
  ): Promise<AfterSalesResponse[]> {
    return this.afterSales.listForOrder(user, params.id);
  }
}

function staffOf(caller: StaffCaller): AfterSalesStaff {
  return { staffId: caller.staff.staff_id, accessToken: caller.accessToken };
}

/** Staff's after-sales routes (permission aftersales:decide: roles admin and support). */
@ApiTags('after-sales')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin/after-sales')
export class AdminAfterSalesHttpController {
  constructor(private readonly afterSales: AfterSalesClient) {}

  @Get()
  @StaffOnly('aftersales:decide')
  @ApiOperation({ summary: 'Staff: after-sales requests, newest first (aftersales:decide)' })
  @ApiOkResponse({ type: AfterSalesPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  list(
    @CurrentStaff() caller: StaffCaller,
    @Query() query: AfterSalesPageQuery,
  ): Promise<AfterSalesPageResponse> {
    return this.afterSales.list(
      staffOf(caller),
      query.status ?? null,
      query.page_num,
      query.page_size,
    );
  }

  @Get(':id')
  @StaffOnly('aftersales:decide')
  @ApiOperation({ summary: 'Staff: one after-sales request (aftersales:decide)' })
  @ApiOkResponse({ type: AfterSalesResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  get(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: AfterSalesIdParams,
  ): Promise<AfterSalesResponse> {
    return this.afterSales.get(staffOf(caller), params.id);
  }

  @Post(':id/decision')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('aftersales:decide')
  @ApiOperation({
    summary: 'Staff: approve or reject a REQUESTED after-sales request, with a reason',
    description:
      'APPROVE a REFUND: the payment service refunds the order (its units go back at once when ' +
      'it was never shipped); APPROVE a RETURN: AWAITING_RETURN until the goods come back ' +
      '(POST .../return-received); REJECT: the order stays as it was. Not REQUESTED: 409.',
  })
  @ApiOkResponse({ type: AfterSalesResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  decide(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: AfterSalesIdParams,
    @Body() body: DecideAfterSalesBody,
  ): Promise<AfterSalesResponse> {
    return this.afterSales.decide(staffOf(caller), params.id, {
      decision: body.decision,
      reason: body.reason,
    });
  }

  @Post(':id/return-received')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('aftersales:decide')
  @ApiOperation({
    summary: "Staff: an approved RETURN's goods are back in the warehouse",
    description:
      "The order's units go back to available (a 'return' move in the stock ledger under the " +
      "order's transaction id) and the refund is asked for: REFUNDING, then REFUNDED when the " +
      'provider confirms it. Not AWAITING_RETURN: 409.',
  })
  @ApiOkResponse({ type: AfterSalesResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  returnReceived(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: AfterSalesIdParams,
  ): Promise<AfterSalesResponse> {
    return this.afterSales.receiveReturn(staffOf(caller), params.id);
  }
}
