import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/platform';
import { SKU_ID_PATTERN } from '../domain/sku.js';
import { CatalogRepository } from './catalog.repository.js';
import { toSkuView, type SkuView } from './catalog-views.js';

/** The SKUs asked for that exist (the caller decides what a missing one means). */
@Injectable()
export class GetSkus {
  constructor(private readonly catalog: CatalogRepository) {}

  async execute(skuIds: string[]): Promise<SkuView[]> {
    const bad = skuIds.find((id) => !SKU_ID_PATTERN.test(id));
    if (bad !== undefined) throw new InvalidArgumentError(`sku_id "${bad}" is not a SKU code`);
    if (skuIds.length === 0) return [];
    return (await this.catalog.findSkus([...new Set(skuIds)])).map(toSkuView);
  }
}
