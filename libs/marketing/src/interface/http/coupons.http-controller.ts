import { Body, Controller, Get, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { MarketingClient } from '../../client/marketing.client.js';
import { CreateCouponTemplateBody, TemplateIdParams } from './dto/marketing.dto.js';
import { CouponResponse, CouponTemplateResponse } from './dto/marketing.responses.js';

@ApiTags('marketing')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller()
export class CouponsHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Post('admin/coupon-templates')
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: create a batch of coupons (permission promotion:write)',
    description:
      'Amount or percentage off. A percentage is rounded down to the cent; no coupon takes off ' +
      'more than the subtotal.',
  })
  @ApiCreatedResponse({ type: CouponTemplateResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  create(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: CreateCouponTemplateBody,
  ): Promise<CouponTemplateResponse> {
    return this.marketing.createCouponTemplate(caller, body);
  }

  @Get('coupon-templates/:id')
  @ApiOperation({ summary: 'A coupon template: its terms and how many were claimed' })
  @ApiOkResponse({ type: CouponTemplateResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  template(@Param() params: TemplateIdParams): Promise<CouponTemplateResponse> {
    return this.marketing.getCouponTemplate(params.id);
  }

  @Post('coupon-templates/:id/claim')
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Claim one coupon of a template for me',
    description: '409 when none is left, my limit per user is reached, or it is not valid now.',
  })
  @ApiCreatedResponse({ type: CouponResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  claim(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: TemplateIdParams,
  ): Promise<CouponResponse> {
    return this.marketing.claimCoupon(user, params.id);
  }

  @Get('coupons')
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My coupons, newest first (AVAILABLE, LOCKED by an order, USED)' })
  @ApiOkResponse({ type: [CouponResponse] })
  @ApiErrors(HttpStatus.UNAUTHORIZED)
  mine(@CurrentUser() user: AuthenticatedUser): Promise<CouponResponse[]> {
    return this.marketing.listMyCoupons(user);
  }
}
