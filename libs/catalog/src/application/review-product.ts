import { Injectable } from '@nestjs/common';
import { DomainError, InvalidArgumentError } from '@nestmall/ports/platform';
import { ThirdpartyClient } from '@nestmall/ports/thirdparty';
import type { CatalogProduct, ImageVerdict } from '../domain/catalog-product.js';
import { CatalogWrite } from './catalog-write.js';
import { CatalogProductRepository } from '../domain/catalog-product.repository.js';
import {
  toAdminProductView,
  type AdminProductView,
  type CatalogActor,
} from './catalog-admin-views.js';
import { loadProduct } from './load-product.js';

/** The steps of the review workflow, by the name routes and RPCs use. */
const REVIEW_STEPS = {
  submit: (p: CatalogProduct) => p.submit(),
  approve: (p: CatalogProduct, _reason?: string, verdicts: ImageVerdict[] = []) =>
    p.approve(verdicts),
  reject: (p: CatalogProduct, reason?: string) => p.reject(reason),
  'put-on-shelf': (p: CatalogProduct) => p.putOnShelf(),
  'take-off-shelf': (p: CatalogProduct) => p.takeOffShelf(),
} as const;
export type ReviewStep = keyof typeof REVIEW_STEPS;

/**
 * The staff permission each step needs (the admin context's roles): the merchandiser submits and
 * shelves; the reviewer (product:review) approves or rejects.
 */
export const REVIEW_STEP_PERMISSION: Record<ReviewStep, 'product:write' | 'product:review'> = {
  submit: 'product:write',
  approve: 'product:review',
  reject: 'product:review',
  'put-on-shelf': 'product:write',
  'take-off-shelf': 'product:write',
};

export function isReviewStep(step: string): step is ReviewStep {
  return Object.hasOwn(REVIEW_STEPS, step);
}

/**
 * One step of a product's review (the aggregate checks it may be taken), audited. Approving
 * first runs every image through image moderation (the third-party context), outside the unit
 * of work (no network call holds a transaction open): a flagged image rejects the product
 * (audited as product.moderation_reject), and moderation unavailable is a 503 that changes
 * nothing: the product stays submitted, and approving again is the retry.
 */
@Injectable()
export class ReviewProduct {
  constructor(
    private readonly products: CatalogProductRepository,
    private readonly write: CatalogWrite,
    private readonly thirdparty: ThirdpartyClient,
  ) {}

  async execute(
    actor: CatalogActor,
    productId: number,
    step: string,
    reason?: string,
  ): Promise<AdminProductView> {
    if (!isReviewStep(step))
      throw new InvalidArgumentError(`step must be one of ${Object.keys(REVIEW_STEPS).join(', ')}`);
    const verdicts = step === 'approve' ? await this.moderate(productId) : [];
    return this.write.run(async () => {
      const product = await loadProduct(this.products, productId);
      const before = toAdminProductView(product);
      REVIEW_STEPS[step](product, reason, verdicts);
      const action =
        step === 'approve' && product.status === 'rejected'
          ? 'product.moderation_reject'
          : `product.${step.replaceAll('-', '_')}`;
      await this.products.save(product, { actor, action, before });
      return toAdminProductView(product);
    });
  }

  /** Moderation's verdict on each of the product's images (none: nothing to ask). */
  private async moderate(productId: number): Promise<ImageVerdict[]> {
    const images = (await loadProduct(this.products, productId)).imagesToModerate();
    if (images.length === 0) return [];
    try {
      const views = await this.thirdparty.moderateImages(images);
      return views.map((v) => ({ imageUrl: v.image_url, verdict: v.verdict, labels: v.labels }));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAVAILABLE')
        throw new DomainError(
          'UNAVAILABLE',
          `product ${productId} stays submitted: image moderation is unavailable (${error.message}); approve it again later`,
        );
      throw error;
    }
  }
}
