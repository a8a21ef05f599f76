import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors } from '@nestmall/platform';
import { REVIEW_STEP_PERMISSION, type ReviewStep } from '../../application/review-product.js';
import { CatalogClient } from '../../client/catalog.client.js';
import { catalogCaller } from '../staff-actor.js';
import {
  AdminProductPageResponse,
  AdminProductResponse,
  ProductBody,
  ProductIdParams,
  ProductQueryParams,
  RejectBody,
} from './dto/admin-product.dto.js';

/**
 * The back office's products (docs/catalog-admin.md): any staff member reads; product:write
 * creates, edits, submits and shelves; product:review approves or rejects. Every change is
 * audited (GET /admin/audit?entity_type=product).
 */
@ApiTags('admin: products')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin/products')
export class AdminProductsHttpController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: 'Products in any status, with filters and paging (any staff member)' })
  @ApiOkResponse({ type: AdminProductPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  list(
    @CurrentStaff() caller: StaffCaller,
    @Query() query: ProductQueryParams,
  ): Promise<AdminProductPageResponse> {
    return this.catalog.listAdminProducts(catalogCaller(caller), {
      status: query.status,
      brandId: query.brand_id,
      categoryId: query.category_id,
      name: query.name,
      pageNum: query.page_num ?? 1,
      pageSize: query.page_size ?? 20,
    });
  }

  @Post()
  @StaffOnly('product:write')
  @ApiOperation({ summary: 'A new product with its SKUs, a draft (permission product:write)' })
  @ApiCreatedResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  create(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: ProductBody,
  ): Promise<AdminProductResponse> {
    return this.catalog.createProduct(catalogCaller(caller), body);
  }

  @Put(':id')
  @StaffOnly('product:write')
  @ApiOperation({
    summary: "A product's new content (permission product:write)",
    description:
      'A change of SKU prices only keeps the product where it is (on shelf too: PriceChanged). Any other change to an approved or shelved product sends it back to draft (off sale) for another review. A submitted product cannot be edited (409).',
  })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  edit(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: ProductIdParams,
    @Body() body: ProductBody,
  ): Promise<AdminProductResponse> {
    return this.catalog.editProduct(catalogCaller(caller), params.id, body);
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @StaffOnly(REVIEW_STEP_PERMISSION.submit)
  @ApiOperation({ summary: 'Submits a draft or rejected product for review (product:write)' })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  submit(@CurrentStaff() caller: StaffCaller, @Param() params: ProductIdParams) {
    return this.step(caller, params.id, 'submit');
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @StaffOnly(REVIEW_STEP_PERMISSION.approve)
  @ApiOperation({
    summary: 'Approves a submitted product, once its images pass moderation (product:review)',
    description:
      'Every image goes through image moderation first. All pass: approved. One flagged: the ' +
      'product is rejected instead (200, status rejected, reject_reason naming each flagged ' +
      'image and its labels). Moderation unavailable: 503 naming it, and the product stays ' +
      'submitted: approve again later.',
  })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.SERVICE_UNAVAILABLE,
  )
  approve(@CurrentStaff() caller: StaffCaller, @Param() params: ProductIdParams) {
    return this.step(caller, params.id, 'approve');
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @StaffOnly(REVIEW_STEP_PERMISSION.reject)
  @ApiOperation({ summary: 'Rejects a submitted product, with a reason (product:review)' })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  reject(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: ProductIdParams,
    @Body() body: RejectBody,
  ) {
    return this.step(caller, params.id, 'reject', body.reason);
  }

  @Post(':id/put-on-shelf')
  @HttpCode(HttpStatus.OK)
  @StaffOnly(REVIEW_STEP_PERMISSION['put-on-shelf'])
  @ApiOperation({ summary: 'Puts an approved product on sale (product:write)' })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  putOnShelf(@CurrentStaff() caller: StaffCaller, @Param() params: ProductIdParams) {
    return this.step(caller, params.id, 'put-on-shelf');
  }

  @Post(':id/take-off-shelf')
  @HttpCode(HttpStatus.OK)
  @StaffOnly(REVIEW_STEP_PERMISSION['take-off-shelf'])
  @ApiOperation({ summary: 'Takes a product off sale (product:write)' })
  @ApiOkResponse({ type: AdminProductResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  takeOffShelf(@CurrentStaff() caller: StaffCaller, @Param() params: ProductIdParams) {
    return this.step(caller, params.id, 'take-off-shelf');
  }

  private step(
    caller: StaffCaller,
    productId: number,
    step: ReviewStep,
    reason?: string,
  ): Promise<AdminProductResponse> {
    return this.catalog.reviewProduct(catalogCaller(caller), productId, step, reason);
  }
}
