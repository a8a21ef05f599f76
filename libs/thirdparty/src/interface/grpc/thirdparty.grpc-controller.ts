import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { CarrierNotification__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/CarrierNotification.js';
import type { CreateShipmentRequest__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/CreateShipmentRequest.js';
import type { ModerateImagesRequest__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/ModerateImagesRequest.js';
import type { VerifyIdentityRequest__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/VerifyIdentityRequest.js';
import { CallableBy, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { CreateShipment } from '../../application/create-shipment.js';
import { HandleTracking } from '../../application/handle-tracking.js';
import { ModerateImages } from '../../application/moderate-images.js';
import { VerifyIdentity } from '../../application/verify-identity.js';
import type {
  IdentityView,
  ImageModerationView,
  ShipmentView,
  TrackingOutcomeView,
} from '../../client/thirdparty.client.js';

const SERVICE = 'nestmall.thirdparty.v1.ThirdpartyService';

/**
 * nestmall.thirdparty.v1.ThirdpartyService: a thin adapter over the use cases. Shipments for
 * the order-service only, notifications for the gateway only (mutual TLS), identity for the
 * user of the access token (never a user id from the message).
 */
@Controller()
export class ThirdpartyGrpcController {
  constructor(
    private readonly shipments: CreateShipment,
    private readonly tracking: HandleTracking,
    private readonly identities: VerifyIdentity,
    private readonly moderation: ModerateImages,
  ) {}

  @GrpcMethod(SERVICE, 'CreateShipment')
  @CallableBy('order-service')
  createShipment(@Payload() request: CreateShipmentRequest__Output): Promise<ShipmentView> {
    return this.shipments.execute({
      orderId: request.order_id,
      recipient: request.recipient,
      mobile: request.mobile,
      address: request.address,
    });
  }

  @GrpcMethod(SERVICE, 'HandleCarrierNotification')
  @CallableBy('gateway')
  notify(@Payload() request: CarrierNotification__Output): Promise<TrackingOutcomeView> {
    return this.tracking.execute(request.body, request.signature || undefined);
  }

  @GrpcMethod(SERVICE, 'VerifyIdentity')
  @UseGuards(JwtAuthGuard)
  verify(
    @Payload() request: VerifyIdentityRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IdentityView> {
    return this.identities.execute(user.userId, request.name, request.id_number);
  }

  @GrpcMethod(SERVICE, 'GetIdentity')
  @UseGuards(JwtAuthGuard)
  identity(
    @Payload() _request: object,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IdentityView> {
    return this.identities.of(user.userId);
  }

  @GrpcMethod(SERVICE, 'ModerateImages')
  @CallableBy('gateway', 'inventory-service')
  async moderate(
    @Payload() request: ModerateImagesRequest__Output,
  ): Promise<{ images: ImageModerationView[] }> {
    return { images: await this.moderation.execute(request.image_urls) };
  }
}
