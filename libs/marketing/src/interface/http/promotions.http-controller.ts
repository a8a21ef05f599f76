import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors } from '@nestmall/platform';
import { MarketingClient } from '../../client/marketing.client.js';
import { CreateSkuDiscountBody, CreateSpendAndSaveBody } from './dto/marketing.dto.js';
import { SkuDiscountResponse, SpendAndSaveResponse } from './dto/marketing.responses.js';

/** The staff's promotions, applied by the order pricing (permission promotion:write). */
@ApiTags('marketing')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin')
export class PromotionsHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Post('sku-discounts')
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: a time-limited percentage off one SKU (permission promotion:write)',
    description:
      'Applied by the order pricing, rounded down to the cent per line; several on one SKU do ' +
      'not stack (the best applies).',
  })
  @ApiCreatedResponse({ type: SkuDiscountResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  skuDiscount(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: CreateSkuDiscountBody,
  ): Promise<SkuDiscountResponse> {
    return this.marketing.createSkuDiscount(caller, body);
  }

  @Post('spend-and-save')
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: spend-and-save (满减), off_cents for every full every_cents (promotion:write)',
    description:
      'Applied after the SKU discounts, before the coupon; rules do not stack (the best applies).',
  })
  @ApiCreatedResponse({ type: SpendAndSaveResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  spendAndSave(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: CreateSpendAndSaveBody,
  ): Promise<SpendAndSaveResponse> {
    return this.marketing.createSpendAndSave(caller, body);
  }
}
