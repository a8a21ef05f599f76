import type { Identity__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/Identity.js';
import type { ModerateImagesResponse__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/ModerateImagesResponse.js';
import type { Shipment__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/Shipment.js';
import type { ThirdpartyServiceClient } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/ThirdpartyService.js';
import type { TrackingOutcome__Output } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/TrackingOutcome.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
import type { TrackingStatus } from '../domain/tracking.js';
import {
  ThirdpartyClient,
  type IdentityView,
  type ImageModerationView,
  type ShipInput,
  type ShipmentView,
  type TrackingOutcomeView,
} from './thirdparty.client.js';

/**
 * ThirdpartyClient over gRPC. Every call is sent once: behind each, the provider's own port
 * retries what is safe to retry, and a second gRPC attempt would only double the wait.
 */
export class GrpcThirdpartyClient extends ThirdpartyClient {
  constructor(
    private readonly pool: GrpcReplicaPool<ThirdpartyServiceClient>,
    private readonly deadlineMs: number,
  ) {
    super();
  }

  async createShipment(input: ShipInput): Promise<ShipmentView> {
    const s = await this.pool.unary<Shipment__Output>(
      'CreateShipment',
      {
        order_id: input.orderId,
        recipient: input.recipient,
        mobile: input.mobile,
        address: input.address,
      },
      false,
      this.deadlineMs,
    );
    return { carrier: s.carrier, tracking_number: s.tracking_number };
  }

  async handleCarrierNotification(
    body: string,
    signature: string | undefined,
  ): Promise<TrackingOutcomeView> {
    const o = await this.pool.unary<TrackingOutcome__Output>(
      'HandleCarrierNotification',
      { body, signature: signature ?? '' },
      false,
    );
    return { changed: o.changed, status: o.status as TrackingStatus };
  }

  async verifyIdentity(
    caller: AuthenticatedUser,
    name: string,
    idNumber: string,
  ): Promise<IdentityView> {
    return toIdentityView(
      await this.pool.unary<Identity__Output>(
        'VerifyIdentity',
        { name, id_number: idNumber },
        false,
        this.deadlineMs,
        caller.accessToken,
      ),
    );
  }

  async identityOf(caller: AuthenticatedUser): Promise<IdentityView> {
    return toIdentityView(
      await this.pool.unary<Identity__Output>(
        'GetIdentity',
        {},
        true,
        undefined,
        caller.accessToken,
      ),
    );
  }

  async moderateImages(imageUrls: string[]): Promise<ImageModerationView[]> {
    const r = await this.pool.unary<ModerateImagesResponse__Output>(
      'ModerateImages',
      { image_urls: imageUrls },
      false,
      this.deadlineMs,
    );
    return r.images.map((i) => ({
      image_url: i.image_url,
      verdict: i.verdict === 'REJECT' ? 'REJECT' : 'APPROVE',
      labels: i.labels,
    }));
  }
}

function toIdentityView(i: Identity__Output): IdentityView {
  return {
    user_id: i.user_id,
    verified: i.verified,
    verdict: i.verdict === 'MATCH' ? 'MATCH' : 'MISMATCH',
    masked_id_number: i.masked_id_number,
    provider: i.provider,
    verified_at: i.verified_at,
  };
}
