import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors } from '@nestmall/platform';
import { MarketingClient } from '../../client/marketing.client.js';
import {
  EditPromotionBody,
  PromotionPageResponse,
  PromotionParams,
  PromotionQueryParams,
  PromotionResponse,
} from './dto/promotion-admin.dto.js';

/**
 * The staff's promotions of every kind (SKU discounts, spend-and-save rules, coupon batches):
 * listed and read by any staff member, edited and ended early with promotion:write. What may
 * change when is the Promotion aggregate's rule; every edit and end is audited.
 */
@ApiTags('marketing')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.BAD_REQUEST)
@Controller('admin/promotions')
export class PromotionAdminHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    summary: 'Staff: the promotions of one kind, newest first, by status (any staff member)',
  })
  @ApiOkResponse({ type: PromotionPageResponse })
  list(
    @CurrentStaff() caller: StaffCaller,
    @Query() query: PromotionQueryParams,
  ): Promise<PromotionPageResponse> {
    return this.marketing.listPromotions(caller, query);
  }

  @Get(':kind/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Staff: one promotion with its status now (any staff member)' })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiErrors(HttpStatus.NOT_FOUND)
  get(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: PromotionParams,
  ): Promise<PromotionResponse> {
    return this.marketing.getPromotion(caller, params.kind, params.id);
  }

  @Patch(':kind/:id')
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: change a promotion (promotion:write)',
    description:
      'Scheduled: anything of its kind. Running: its name, a later valid_until, and a coupon ' +
      "batch's total_quantity (not below the claimed) and per_user_limit; its start and its " +
      'discount are fixed (409). Ended: nothing (409). Audited (<kind>.edit).',
  })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiErrors(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  edit(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: PromotionParams,
    @Body() body: EditPromotionBody,
  ): Promise<PromotionResponse> {
    return this.marketing.editPromotion(caller, params.kind, params.id, body);
  }

  @Post(':kind/:id/end')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: end a scheduled or running promotion now (promotion:write)',
    description:
      "valid_until becomes now (a scheduled one never runs); a coupon batch's unused coupons end " +
      'with it. 409 when it has ended. Audited (<kind>.end).',
  })
  @ApiOkResponse({ type: PromotionResponse })
  @ApiErrors(HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  end(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: PromotionParams,
  ): Promise<PromotionResponse> {
    return this.marketing.endPromotion(caller, params.kind, params.id);
  }
}
