import { Body, Controller, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ADMIN_TOKEN_SECURITY, AdminGuard, ApiErrors } from '@nestmall/platform';
import { MarketingClient } from '../../client/marketing.client.js';
import { CreateSkuDiscountBody, CreateSpendAndSaveBody } from './dto/marketing.dto.js';
import { SkuDiscountResponse, SpendAndSaveResponse } from './dto/marketing.responses.js';

@ApiTags('marketing')
@ApiSecurity(ADMIN_TOKEN_SECURITY)
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(AdminGuard)
@Controller('admin')
export class PromotionsHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Post('sku-discounts')
  @ApiOperation({
    summary: 'Staff: a time-limited percentage off one SKU, applied by the order pricing',
    description:
      'Rounded down to the cent per line; several on one SKU do not stack (the best applies).',
  })
  @ApiCreatedResponse({ type: SkuDiscountResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  skuDiscount(@Body() body: CreateSkuDiscountBody): Promise<SkuDiscountResponse> {
    return this.marketing.createSkuDiscount(body);
  }

  @Post('spend-and-save')
  @ApiOperation({
    summary: 'Staff: spend-and-save (满减), off_cents for every full every_cents',
    description:
      'Applied after the SKU discounts, before the coupon; rules do not stack (the best applies).',
  })
  @ApiCreatedResponse({ type: SpendAndSaveResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  spendAndSave(@Body() body: CreateSpendAndSaveBody): Promise<SpendAndSaveResponse> {
    return this.marketing.createSpendAndSave(body);
  }
}
