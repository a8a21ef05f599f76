import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { CacheModule } from '@nestmall/cache';
import {
  BranchBarrier,
  TypeOrmBranchBarrier,
  TypeOrmXaResource,
  XaResource,
} from '@nestmall/transactions';
import type { DataSource } from 'typeorm';
import { ClaimCoupon } from './application/claim-coupon.js';
import { ClaimRedPacket } from './application/claim-red-packet.js';
import { CouponBranch } from './application/coupon-branch.js';
import { CouponXaBranch } from './application/coupon-xa-branch.js';
import { CouponOrderEndedHandler } from './application/order-ended.handler.js';
import { CouponUseRequestHandler } from './application/coupon-use-requested.handler.js';
import { CouponRepository } from './application/coupon.repository.js';
import { CreateCouponTemplate } from './application/create-coupon-template.js';
import { CreateRedPacket } from './application/create-red-packet.js';
import { PromotionRepository } from './application/promotion.repository.js';
import { ManagePromotions } from './application/manage-promotions.js';
import { MarketingAudit } from './application/marketing-audit.js';
import { Promotions } from './application/promotions.js';
import { ReadMarketing } from './application/read-marketing.js';
import { RedPacketRepository } from './application/red-packet.repository.js';
import { InProcessMarketingClient } from './client/in-process-marketing.client.js';
import { MarketingClient } from './client/marketing.client.js';
import {
  CouponEntity,
  CouponTemplateEntity,
  RedPacketEntity,
  RedPacketShareEntity,
  SkuDiscountEntity,
  SpendAndSaveEntity,
} from './infrastructure/marketing.entities.js';
import {
  CreateMarketing1764200000000,
  MARKETING_BARRIER_TABLE,
} from './infrastructure/migrations/1764200000000-create-marketing.js';
import { OutboxMarketingAudit } from './infrastructure/outbox-marketing-audit.js';
import { TypeOrmCouponRepository } from './infrastructure/typeorm-coupon.repository.js';
import { TypeOrmPromotionRepository } from './infrastructure/typeorm-promotion.repository.js';
import { TypeOrmRedPacketRepository } from './infrastructure/typeorm-red-packet.repository.js';
import { MarketingGrpcController } from './interface/grpc/marketing.grpc-controller.js';
import { CouponsHttpController } from './interface/http/coupons.http-controller.js';
import { PromotionAdminHttpController } from './interface/http/promotion-admin.http-controller.js';
import { PromotionsHttpController } from './interface/http/promotions.http-controller.js';
import { RedPacketsHttpController } from './interface/http/red-packets.http-controller.js';

export const MARKETING_MIGRATIONS = [CreateMarketing1764200000000];

const useCases = [
  CreateCouponTemplate,
  ClaimCoupon,
  CouponBranch,
  CouponXaBranch,
  CreateRedPacket,
  ClaimRedPacket,
  ReadMarketing,
  Promotions,
  ManagePromotions,
];

/**
 * The marketing context: coupons (a participant of the place-order TCC and XA transactions), SKU
 * discounts and spend-and-save rules (read by the order's pricing), and red packets; the staff's
 * changes of promotions go to the admin context's audit log as MarketingChanged (the outbox).
 * The running promotions come from a cached calendar (CACHE, CacheModule). Exports
 * MarketingClient (in-process). Needs the app's DatabaseModule and MessagingModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CouponTemplateEntity,
      CouponEntity,
      RedPacketEntity,
      RedPacketShareEntity,
      SkuDiscountEntity,
      SpendAndSaveEntity,
    ]),
    CacheModule,
  ],
  controllers: [MarketingGrpcController],
  providers: [
    ...useCases,
    { provide: CouponRepository, useClass: TypeOrmCouponRepository },
    { provide: RedPacketRepository, useClass: TypeOrmRedPacketRepository },
    { provide: PromotionRepository, useClass: TypeOrmPromotionRepository },
    { provide: MarketingAudit, useClass: OutboxMarketingAudit },
    { provide: MarketingClient, useClass: InProcessMarketingClient },
    CouponOrderEndedHandler,
    CouponUseRequestHandler,
    {
      provide: BranchBarrier,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) =>
        new TypeOrmBranchBarrier(dataSource, MARKETING_BARRIER_TABLE, 'marketing'),
    },
    {
      // ORDER_CONSISTENCY=xa: the coupon's XA branch, on the marketing database.
      provide: XaResource,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new TypeOrmXaResource(dataSource, 'marketing'),
    },
  ],
  exports: [MarketingClient],
})
export class MarketingModule {}

/** The marketing REST routes, over whichever MarketingClient the app provides. */
@Module({})
export class MarketingHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: MarketingHttpModule,
      imports: client.imports,
      controllers: [
        CouponsHttpController,
        PromotionsHttpController,
        PromotionAdminHttpController,
        RedPacketsHttpController,
      ],
    };
  }
}
