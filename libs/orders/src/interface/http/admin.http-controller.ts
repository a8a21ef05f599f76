import { Controller, Get, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ADMIN_TOKEN_SECURITY, AdminGuard, ApiErrors } from '@nestmall/platform';
import { Matches } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { OrdersClient } from '../../client/orders.client.js';
import { InvariantReportResponse, TransactionResponse } from './dto/order.responses.js';

const GID = '^[A-Za-z0-9_-]{1,64}$';

class GidParams {
  @ApiProperty({ name: 'gid', pattern: GID })
  @Matches(new RegExp(GID), { message: 'gid must be 1 to 64 letters, digits, _ or -' })
  gid: string;
}

@ApiTags('admin')
@ApiSecurity(ADMIN_TOKEN_SECURITY)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(AdminGuard)
@Controller('admin')
export class AdminHttpController {
  constructor(private readonly orders: OrdersClient) {}

  @Get('invariants')
  @ApiOperation({
    summary: 'Check the books: stock ledger, orders versus stock, unfinished transactions',
  })
  @ApiOkResponse({ type: InvariantReportResponse })
  @ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  invariants(): Promise<InvariantReportResponse> {
    return this.orders.checkInvariants();
  }

  @Get('transactions')
  @ApiOperation({ summary: 'Unfinished global transactions (flagged ones need an operator)' })
  @ApiOkResponse({ type: [TransactionResponse] })
  @ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  transactions(): Promise<TransactionResponse[]> {
    return this.orders.listTransactions();
  }

  @Post('transactions/:gid/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retry an unfinished global transaction now (attempts and flag reset)' })
  @ApiOkResponse({ type: TransactionResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.FORBIDDEN,
    HttpStatus.NOT_FOUND,
  )
  retry(@Param() params: GidParams): Promise<TransactionResponse> {
    return this.orders.retryTransaction(params.gid);
  }
}
