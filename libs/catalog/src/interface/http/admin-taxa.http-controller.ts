import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
  type Type,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors } from '@nestmall/platform';
import { CatalogClient } from '../../client/catalog.client.js';
import type { TaxonKind } from '../../domain/taxon.js';
import { catalogCaller } from '../staff-actor.js';
import {
  TaxonBody,
  TaxonIdParams,
  TaxonPageResponse,
  TaxonQueryParams,
  TaxonResponse,
} from './dto/taxon.dto.js';

/**
 * The back office's brands or categories (docs/catalog-admin.md): any staff member lists,
 * product:write creates and edits; each change is audited (GET /admin/audit?entity_type=<kind>).
 * One class per kind, so each gets its own Swagger tag and operation ids.
 */
function adminTaxaController(kind: TaxonKind, plural: string, className: string): Type {
  @ApiTags(`admin: ${plural}`)
  @ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
  @Controller(`admin/${plural}`)
  class AdminTaxaHttpController {
    constructor(readonly catalog: CatalogClient) {}

    @Get()
    @StaffOnly()
    @ApiOperation({ summary: `The ${plural} by id, with a name filter and paging (any staff)` })
    @ApiOkResponse({ type: TaxonPageResponse })
    @ApiErrors(HttpStatus.BAD_REQUEST)
    list(
      @CurrentStaff() caller: StaffCaller,
      @Query() query: TaxonQueryParams,
    ): Promise<TaxonPageResponse> {
      return this.catalog.listTaxa(catalogCaller(caller), kind, query.toQuery());
    }

    @Post()
    @StaffOnly('product:write')
    @ApiOperation({ summary: `A new ${kind}, its name unique in any case (product:write)` })
    @ApiCreatedResponse({ type: TaxonResponse })
    @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY)
    create(@CurrentStaff() caller: StaffCaller, @Body() body: TaxonBody): Promise<TaxonResponse> {
      return this.catalog.createTaxon(catalogCaller(caller), kind, body);
    }

    @Put(':id')
    @StaffOnly('product:write')
    @ApiOperation({ summary: `A ${kind}'s new name (and parent) (product:write)` })
    @ApiOkResponse({ type: TaxonResponse })
    @ApiErrors(
      HttpStatus.BAD_REQUEST,
      HttpStatus.NOT_FOUND,
      HttpStatus.CONFLICT,
      HttpStatus.UNPROCESSABLE_ENTITY,
    )
    edit(
      @CurrentStaff() caller: StaffCaller,
      @Param() params: TaxonIdParams,
      @Body() body: TaxonBody,
    ): Promise<TaxonResponse> {
      return this.catalog.editTaxon(catalogCaller(caller), kind, params.id, body);
    }
  }
  Object.defineProperty(AdminTaxaHttpController, 'name', { value: className });
  return AdminTaxaHttpController;
}

export const AdminBrandsHttpController = adminTaxaController(
  'brand',
  'brands',
  'AdminBrandsHttpController',
);
export const AdminCategoriesHttpController = adminTaxaController(
  'category',
  'categories',
  'AdminCategoriesHttpController',
);
