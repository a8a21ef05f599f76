import { Body, Controller, Get, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import {
  ADMIN_TOKEN_SECURITY,
  AdminGuard,
  ApiErrors,
  CurrentUser,
  JwtAuthGuard,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { MarketingClient } from '../../client/marketing.client.js';
import { CreateRedPacketBody, RedPacketIdParams } from './dto/marketing.dto.js';
import { RedPacketResponse, RedPacketShareResponse } from './dto/marketing.responses.js';

@ApiTags('marketing')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller()
export class RedPacketsHttpController {
  constructor(private readonly marketing: MarketingClient) {}

  @Post('admin/red-packets')
  @UseGuards(AdminGuard)
  @ApiSecurity(ADMIN_TOKEN_SECURITY)
  @ApiOperation({
    summary: 'Staff: a red packet, total_cents split at random among `shares` claimers',
    description:
      'Split when created (every share at least one cent, the shares sum to the total), so ' +
      'claims only take a share. Protected by X-Admin-Token until staff accounts land.',
  })
  @ApiCreatedResponse({ type: RedPacketResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)
  create(@Body() body: CreateRedPacketBody): Promise<RedPacketResponse> {
    return this.marketing.createRedPacket(body.total_cents, body.shares);
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
