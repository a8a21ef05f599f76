import { Controller, Get, HttpStatus, Query, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { CatalogClient } from '../../client/catalog.client.js';
import type { TaxonKind } from '../../domain/taxon.js';
import { TaxonPageResponse, TaxonQueryParams } from './dto/taxon.dto.js';

/** The buyer's brands or categories: the same list as the back office's, for anyone. */
function taxaController(kind: TaxonKind, plural: string, className: string): Type {
  @ApiTags('catalog')
  @ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
  @Controller(plural)
  class TaxaHttpController {
    constructor(readonly catalog: CatalogClient) {}

    @Get()
    @ApiOperation({ summary: `The ${plural} by id, with a name filter and paging (anyone)` })
    @ApiOkResponse({ type: TaxonPageResponse })
    @ApiErrors(HttpStatus.BAD_REQUEST)
    list(@Query() query: TaxonQueryParams): Promise<TaxonPageResponse> {
      return this.catalog.browseTaxa(kind, query.toQuery());
    }
  }
  Object.defineProperty(TaxaHttpController, 'name', { value: className });
  return TaxaHttpController;
}

export const BrandsHttpController = taxaController('brand', 'brands', 'BrandsHttpController');
export const CategoriesHttpController = taxaController(
  'category',
  'categories',
  'CategoriesHttpController',
);
