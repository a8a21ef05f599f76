import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/ports/platform';
import { CreateShipment } from '../application/create-shipment.js';
import { HandleTracking } from '../application/handle-tracking.js';
import { ModerateImages } from '../application/moderate-images.js';
import { VerifyIdentity } from '../application/verify-identity.js';
import {
  ThirdpartyClient,
  type IdentityView,
  type ImageModerationView,
  type ShipInput,
  type ShipmentView,
  type TrackingOutcomeView,
} from './thirdparty.client.js';

/** ThirdpartyClient for the monolith: a direct call into the use cases. */
@Injectable()
export class InProcessThirdpartyClient extends ThirdpartyClient {
  constructor(
    private readonly shipments: CreateShipment,
    private readonly tracking: HandleTracking,
    private readonly identities: VerifyIdentity,
    private readonly moderation: ModerateImages,
  ) {
    super();
  }

  createShipment(input: ShipInput): Promise<ShipmentView> {
    return this.shipments.execute(input);
  }

  handleCarrierNotification(
    body: string,
    signature: string | undefined,
  ): Promise<TrackingOutcomeView> {
    return this.tracking.execute(body, signature);
  }

  verifyIdentity(caller: AuthenticatedUser, name: string, idNumber: string): Promise<IdentityView> {
    return this.identities.execute(caller.userId, name, idNumber);
  }

  identityOf(caller: AuthenticatedUser): Promise<IdentityView> {
    return this.identities.of(caller.userId);
  }

  moderateImages(imageUrls: string[]): Promise<ImageModerationView[]> {
    return this.moderation.execute(imageUrls);
  }
}
