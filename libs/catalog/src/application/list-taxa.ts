import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { TaxonKind } from '../domain/taxon.js';
import { TaxonRepository } from '../domain/taxon.repository.js';
import { toTaxonView, type TaxonPageView, type TaxonQuery } from './taxon-views.js';

/** Brands or categories by id, with a name filter (and, for categories, a parent) and paging. */
@Injectable()
export class ListTaxa {
  constructor(private readonly taxa: TaxonRepository) {}

  async execute(kind: TaxonKind, query: TaxonQuery): Promise<TaxonPageView> {
    if (!Number.isInteger(query.pageNum) || query.pageNum < 1)
      throw new InvalidArgumentError('page_num must be an integer >= 1');
    if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 100)
      throw new InvalidArgumentError('page_size must be an integer from 1 to 100');
    const { taxa, total } = await this.taxa.list(kind, {
      name: query.name?.trim() || undefined,
      parentId: query.parentId || undefined,
      offset: (query.pageNum - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return {
      items: taxa.map(toTaxonView),
      total,
      page_num: query.pageNum,
      page_size: query.pageSize,
    };
  }
}
