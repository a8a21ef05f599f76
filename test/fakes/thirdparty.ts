import { DomainError } from '@nestmall/ports/platform';
import {
  ThirdpartyClient,
  type IdentityView,
  type ImageModerationView,
  type ShipInput,
  type ShipmentView,
} from '@nestmall/ports/thirdparty';

/** The third-party context, every method refusing: a fake overrides the ones its spec uses. */
export class UnusedThirdparty extends ThirdpartyClient {
  createShipment(_input: ShipInput): Promise<ShipmentView> {
    throw new Error('createShipment: not used by this spec');
  }
  handleCarrierNotification(): never {
    throw new Error('handleCarrierNotification: not used by this spec');
  }
  verifyIdentity(): Promise<IdentityView> {
    throw new Error('verifyIdentity: not used by this spec');
  }
  identityOf(): Promise<IdentityView> {
    throw new Error('identityOf: not used by this spec');
  }
  moderateImages(_imageUrls: string[]): Promise<ImageModerationView[]> {
    throw new Error('moderateImages: not used by this spec');
  }
}

/**
 * Image moderation as the catalog sees it: REJECT (label "porn") for a URL with "nsfw" in it,
 * like the sandbox provider; `down` answers 503 naming the provider. Records what it was asked.
 */
export class FakeModeration extends UnusedThirdparty {
  readonly asked: string[][] = [];
  down = false;

  override async moderateImages(imageUrls: string[]): Promise<ImageModerationView[]> {
    if (this.down)
      throw new DomainError('UNAVAILABLE', 'the moderation sandbox-moderation provider is down');
    this.asked.push(imageUrls);
    return imageUrls.map((url) =>
      url.includes('nsfw')
        ? { image_url: url, verdict: 'REJECT', labels: ['porn'] }
        : { image_url: url, verdict: 'APPROVE', labels: [] },
    );
  }
}
