import { Controller, Get, HttpStatus, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ADMIN_TOKEN_SECURITY, AdminGuard, ApiErrors } from '@nestmall/platform';
import { PaymentClient } from '../../client/payment.client.js';
import { ReconcileQuery } from './dto/payment.dto.js';
import { ReconciliationReportResponse } from './dto/payment.responses.js';

@ApiTags('admin')
@ApiSecurity(ADMIN_TOKEN_SECURITY)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(AdminGuard)
@Controller('admin/payments')
export class AdminPaymentsHttpController {
  constructor(private readonly payments: PaymentClient) {}

  @Get('reconciliation')
  @ApiOperation({
    summary: "Our payments of a period against the providers' records: the differences",
    description: 'Payments created in [from, to), at most 31 days (npm run payments:reconcile).',
  })
  @ApiOkResponse({ type: ReconciliationReportResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  reconcile(@Query() query: ReconcileQuery): Promise<ReconciliationReportResponse> {
    return this.payments.reconcile(new Date(query.from), new Date(query.to));
  }
}
