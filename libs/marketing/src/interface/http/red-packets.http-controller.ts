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
import { CreateRedPacketBody, RedPacketIdParams } from './dto/marketing.dto.js';
import { RedPacketResponse, RedPacketShareResponse } from './dto/marketing.responses.js';

@ApiTags('marketing')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller()
export class RedPacketsHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Post('admin/red-packets')
  @StaffOnly('promotion:write')
  @ApiOperation({
    summary: 'Staff: a red packet split at random among `shares` claimers (promotion:write)',
    description:
      'total_cents is split when created (every share at least one cent, the shares sum to the ' +
      'total), so claims only take a share.',
  })
  @ApiCreatedResponse({ type: RedPacketResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  create(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: CreateRedPacketBody,
  ): Promise<RedPacketResponse> {
    return this.marketing.createRedPacket(caller, body.total_cents, body.shares);
  }

  @Get('red-packets/:id')
  @ApiOperation({ summary: 'A red packet: how many shares and cents are claimed' })
  @ApiOkResponse({ type: RedPacketResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  get(@Param() params: RedPacketIdParams): Promise<RedPacketResponse> {
    return this.marketing.getRedPacket(params.id);
  }

  @Post('red-packets/:id/claim')
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Claim my share of a red packet (once)',
    description: '409 when every share is taken or I already claimed mine.',
  })
  @ApiCreatedResponse({ type: RedPacketShareResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  claim(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: RedPacketIdParams,
  ): Promise<RedPacketShareResponse> {
    return this.marketing.claimRedPacket(user, params.id);
  }
}
