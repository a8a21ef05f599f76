import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { PRODUCT_STATUSES, type ProductStatus } from '../domain/catalog-product.js';
import { CatalogProductRepository } from '../domain/catalog-product.repository.js';
import { toAdminProductView, type AdminProductPageView } from './catalog-admin-views.js';

export interface CatalogProductQuery {
  status?: string;
  brandId?: number;
  categoryId?: number;
  name?: string;
  pageNum: number;
  pageSize: number;
}

/** The back office's product list: filters (status, brand, category, name) and paging. */
@Injectable()
export class ListCatalogProducts {
  constructor(private readonly products: CatalogProductRepository) {}

  async execute(query: CatalogProductQuery): Promise<AdminProductPageView> {
    if (query.status && !PRODUCT_STATUSES.includes(query.status as ProductStatus))
      throw new InvalidArgumentError(`status must be one of ${PRODUCT_STATUSES.join(', ')}`);
    if (!Number.isInteger(query.pageNum) || query.pageNum < 1)
      throw new InvalidArgumentError('page_num must be an integer >= 1');
    if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 100)
      throw new InvalidArgumentError('page_size must be an integer from 1 to 100');
    const { products, total } = await this.products.list({
      status: (query.status || undefined) as ProductStatus | undefined,
      brandId: query.brandId || undefined,
      categoryId: query.categoryId || undefined,
      name: query.name?.trim() || undefined,
      offset: (query.pageNum - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return {
      products: products.map(toAdminProductView),
      total,
      page_num: query.pageNum,
      page_size: query.pageSize,
    };
  }
}
