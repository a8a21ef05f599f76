import { DomainError } from '@nestmall/platform';
import {
  ThirdpartyClient,
  type IdentityView,
  type ImageModerationView,
  type ShipmentView,
} from '@nestmall/ports/thirdparty';

/**
 * Image moderation as the catalog sees it: REJECT (label "porn") for a URL with "nsfw" in it,
 * like the sandbox provider; `down` answers 503 naming the provider. Records what it was asked.
 */
export class FakeModeration extends ThirdpartyClient {
  readonly asked: string[][] = [];
  down = false;

  async moderateImages(imageUrls: string[]): Promise<ImageModerationView[]> {
    if (this.down)
      throw new DomainError('UNAVAILABLE', 'the moderation sandbox-moderation provider is down');
    this.asked.push(imageUrls);
    return imageUrls.map((url) =>
      url.includes('nsfw')
        ? { image_url: url, verdict: 'REJECT', labels: ['porn'] }
        : { image_url: url, verdict: 'APPROVE', labels: [] },
    );
  }
  createShipment(): Promise<ShipmentView> {
    throw new Error('moderation only');
  }
  handleCarrierNotification(): never {
    throw new Error('moderation only');
  }
  verifyIdentity(): Promise<IdentityView> {
    throw new Error('moderation only');
  }
  identityOf(): Promise<IdentityView> {
    throw new Error('moderation only');
  }
}
