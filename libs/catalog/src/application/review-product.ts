import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { CatalogProduct } from '../domain/catalog-product.js';
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
  approve: (p: CatalogProduct) => p.approve(),
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

/** One step of a product's review (the aggregate checks it may be taken), audited. */
@Injectable()
export class ReviewProduct {
  constructor(
    private readonly products: CatalogProductRepository,
    private readonly write: CatalogWrite,
  ) {}

  async execute(
    actor: CatalogActor,
    productId: number,
    step: string,
    reason?: string,
  ): Promise<AdminProductView> {
    if (!isReviewStep(step))
      throw new InvalidArgumentError(`step must be one of ${Object.keys(REVIEW_STEPS).join(', ')}`);
    return this.write.run(async () => {
      const product = await loadProduct(this.products, productId);
      const before = toAdminProductView(product);
      REVIEW_STEPS[step](product, reason);
      await this.products.save(product, {
        actor,
        action: `product.${step.replaceAll('-', '_')}`,
        before,
      });
      return toAdminProductView(product);
    });
  }
}
