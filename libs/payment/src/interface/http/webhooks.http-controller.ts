import {
  Controller,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  type RawBodyRequest,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors, InvalidArgumentError, PROVIDER_SIGNATURE_SECURITY } from '@nestmall/platform';
import type { FastifyRequest as Request } from 'fastify';
import { PaymentClient } from '../../client/payment.client.js';
import { ProviderParams } from './dto/payment.dto.js';
import { NotificationOutcomeResponse } from './dto/payment.responses.js';

/** The headers a provider's signature may travel in (the rest stay at the edge). */
const SIGNATURE_HEADERS = ['sandbox-signature'];

/**
 * Providers' notifications. No user token: the signature over the raw body is the
 * authentication (401 and nothing changes when it does not verify). 2xx tells the provider to
 * stop sending; anything else makes it retry with backoff.
 */
@ApiTags('payments')
@ApiSecurity(PROVIDER_SIGNATURE_SECURITY)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('payments/webhooks')
export class WebhooksHttpController {
  constructor(private readonly payments: PaymentClient) {}

  @Post(':provider')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "A payment provider's notification (its webhook), signed with HMAC-SHA256",
    description:
      'card: header Sandbox-Signature: t=<unix>,v1=<hex HMAC of "<t>.<raw body>">; wallet: ' +
      'a base64 `sign` field over the other fields sorted (docs/payments.md). A replay or an ' +
      'out-of-order notification answers 200 with changed=false; one that does not match the ' +
      'payment (amount, currency, order) 422.',
  })
  @ApiBody({
    schema: { type: 'object', additionalProperties: true, example: { id: 'evt_1' } },
    description: "The provider's own format",
  })
  @ApiOkResponse({ type: NotificationOutcomeResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  notify(
    @Param() params: ProviderParams,
    @Req() req: RawBodyRequest<Request>,
    @Headers() headers: Record<string, string | string[] | undefined>,
  ): Promise<NotificationOutcomeResponse> {
    if (!req.rawBody?.length) throw new InvalidArgumentError('notification body is missing');
    const signatures = Object.fromEntries(
      SIGNATURE_HEADERS.flatMap((h) => (typeof headers[h] === 'string' ? [[h, headers[h]]] : [])),
    ) as Record<string, string>;
    return this.payments.handleNotification(
      params.provider,
      req.rawBody.toString('utf8'),
      signatures,
    );
  }
}
