import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { ImageModerationView } from '../client/thirdparty.client.js';
import { ModerationProvider } from './providers.js';

export const MAX_IMAGES = 20;

/** Each image through the moderation provider, one after another (its breaker sees each). */
@Injectable()
export class ModerateImages {
  constructor(private readonly provider: ModerationProvider) {}

  async execute(imageUrls: string[]): Promise<ImageModerationView[]> {
    if (imageUrls.length > MAX_IMAGES)
      throw new InvalidArgumentError(`image_urls: at most ${MAX_IMAGES}`);
    const views: ImageModerationView[] = [];
    for (const url of imageUrls) {
      if (!/^https?:\/\/\S+$/.test(url))
        throw new InvalidArgumentError('image_urls must be http(s) URLs');
      const { verdict, labels } = await this.provider.moderate(url);
      views.push({ image_url: url, verdict, labels });
    }
    return views;
  }
}
