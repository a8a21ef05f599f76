import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Req,
  UseGuards,
  type RawBodyRequest,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  InvalidArgumentError,
  JwtAuthGuard,
  PROVIDER_SIGNATURE_SECURITY,
  type AuthenticatedUser,
} from '@nestmall/platform';
import type { Request } from 'express';
import { ThirdpartyClient } from '../../client/thirdparty.client.js';
import {
  IdentityResponse,
  TrackingOutcomeResponse,
  VerifyIdentityBody,
} from './dto/thirdparty.dto.js';

/**
 * The carrier's tracking notifications. No user token: the HMAC signature over the raw body is
 * the authentication (401, nothing recorded, when it does not verify).
 */
@ApiTags('shipments')
@ApiSecurity(PROVIDER_SIGNATURE_SECURITY)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('shipments/webhooks')
export class CarrierWebhookHttpController {
  constructor(private readonly thirdparty: ThirdpartyClient) {}

  @Post('carrier')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "The carrier's tracking notification (its webhook), signed with HMAC-SHA256",
    description:
      'Header Carrier-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> under ' +
      "CARRIER_WEBHOOK_SECRET, at most 5 minutes old. The event goes to the order's timeline " +
      '(ShipmentTracked); DELIVERED starts its automatic receipt. A replayed event answers 200 ' +
      'with changed=false (docs/thirdparty.md).',
  })
  @ApiBody({
    schema: { type: 'object', additionalProperties: true, example: { event_id: 'trk_1' } },
    description: "The carrier's own format",
  })
  @ApiOkResponse({ type: TrackingOutcomeResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  notify(
    @Req() req: RawBodyRequest<Request>,
    @Headers('carrier-signature') signature: string | undefined,
  ): Promise<TrackingOutcomeResponse> {
    if (!req.rawBody?.length) throw new InvalidArgumentError('notification body is missing');
    return this.thirdparty.handleCarrierNotification(req.rawBody.toString('utf8'), signature);
  }
}

/** A buyer's identity verification (name + ID number through the identity provider). */
@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(JwtAuthGuard)
@Controller('users/me/identity')
export class IdentityHttpController {
  constructor(private readonly thirdparty: ThirdpartyClient) {}

  @Put()
  @ApiOperation({
    summary: 'Verify my identity (real name and resident ID number)',
    description:
      "The number's form, birth date and check digit are checked first (400 naming " +
      "idNumber, and the provider is not asked); then the identity provider's verdict. Only " +
      'the verdict and a masked number are kept; a provider that is down is 503 naming it.',
  })
  @ApiOkResponse({ type: IdentityResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.UNPROCESSABLE_ENTITY)
  verify(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: VerifyIdentityBody,
  ): Promise<IdentityResponse> {
    return this.thirdparty.verifyIdentity(user, body.name, body.id_number);
  }

  @Get()
  @ApiOperation({ summary: 'My last identity verification (404 when there is none)' })
  @ApiOkResponse({ type: IdentityResponse })
  @ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  mine(@CurrentUser() user: AuthenticatedUser): Promise<IdentityResponse> {
    return this.thirdparty.identityOf(user);
  }
}
