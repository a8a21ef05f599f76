// Original file: proto/nestmall/marketing/v1/marketing.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Coupon as _nestmall_marketing_v1_Coupon, Coupon__Output as _nestmall_marketing_v1_Coupon__Output } from '../../../nestmall/marketing/v1/Coupon.js';
import type { CouponLock as _nestmall_marketing_v1_CouponLock, CouponLock__Output as _nestmall_marketing_v1_CouponLock__Output } from '../../../nestmall/marketing/v1/CouponLock.js';
import type { CouponRef as _nestmall_marketing_v1_CouponRef, CouponRef__Output as _nestmall_marketing_v1_CouponRef__Output } from '../../../nestmall/marketing/v1/CouponRef.js';
import type { CouponTemplate as _nestmall_marketing_v1_CouponTemplate, CouponTemplate__Output as _nestmall_marketing_v1_CouponTemplate__Output } from '../../../nestmall/marketing/v1/CouponTemplate.js';
import type { CreateCouponTemplateRequest as _nestmall_marketing_v1_CreateCouponTemplateRequest, CreateCouponTemplateRequest__Output as _nestmall_marketing_v1_CreateCouponTemplateRequest__Output } from '../../../nestmall/marketing/v1/CreateCouponTemplateRequest.js';
import type { CreateRedPacketRequest as _nestmall_marketing_v1_CreateRedPacketRequest, CreateRedPacketRequest__Output as _nestmall_marketing_v1_CreateRedPacketRequest__Output } from '../../../nestmall/marketing/v1/CreateRedPacketRequest.js';
import type { EditPromotionRequest as _nestmall_marketing_v1_EditPromotionRequest, EditPromotionRequest__Output as _nestmall_marketing_v1_EditPromotionRequest__Output } from '../../../nestmall/marketing/v1/EditPromotionRequest.js';
import type { Empty as _nestmall_marketing_v1_Empty, Empty__Output as _nestmall_marketing_v1_Empty__Output } from '../../../nestmall/marketing/v1/Empty.js';
import type { GetPromotionsRequest as _nestmall_marketing_v1_GetPromotionsRequest, GetPromotionsRequest__Output as _nestmall_marketing_v1_GetPromotionsRequest__Output } from '../../../nestmall/marketing/v1/GetPromotionsRequest.js';
import type { GidRequest as _nestmall_marketing_v1_GidRequest, GidRequest__Output as _nestmall_marketing_v1_GidRequest__Output } from '../../../nestmall/marketing/v1/GidRequest.js';
import type { ListCouponsResponse as _nestmall_marketing_v1_ListCouponsResponse, ListCouponsResponse__Output as _nestmall_marketing_v1_ListCouponsResponse__Output } from '../../../nestmall/marketing/v1/ListCouponsResponse.js';
import type { ListPromotionsRequest as _nestmall_marketing_v1_ListPromotionsRequest, ListPromotionsRequest__Output as _nestmall_marketing_v1_ListPromotionsRequest__Output } from '../../../nestmall/marketing/v1/ListPromotionsRequest.js';
import type { LockCouponRequest as _nestmall_marketing_v1_LockCouponRequest, LockCouponRequest__Output as _nestmall_marketing_v1_LockCouponRequest__Output } from '../../../nestmall/marketing/v1/LockCouponRequest.js';
import type { Promotion as _nestmall_marketing_v1_Promotion, Promotion__Output as _nestmall_marketing_v1_Promotion__Output } from '../../../nestmall/marketing/v1/Promotion.js';
import type { PromotionPage as _nestmall_marketing_v1_PromotionPage, PromotionPage__Output as _nestmall_marketing_v1_PromotionPage__Output } from '../../../nestmall/marketing/v1/PromotionPage.js';
import type { PromotionRef as _nestmall_marketing_v1_PromotionRef, PromotionRef__Output as _nestmall_marketing_v1_PromotionRef__Output } from '../../../nestmall/marketing/v1/PromotionRef.js';
import type { Promotions as _nestmall_marketing_v1_Promotions, Promotions__Output as _nestmall_marketing_v1_Promotions__Output } from '../../../nestmall/marketing/v1/Promotions.js';
import type { RecoverXaResponse as _nestmall_marketing_v1_RecoverXaResponse, RecoverXaResponse__Output as _nestmall_marketing_v1_RecoverXaResponse__Output } from '../../../nestmall/marketing/v1/RecoverXaResponse.js';
import type { RedPacket as _nestmall_marketing_v1_RedPacket, RedPacket__Output as _nestmall_marketing_v1_RedPacket__Output } from '../../../nestmall/marketing/v1/RedPacket.js';
import type { RedPacketRef as _nestmall_marketing_v1_RedPacketRef, RedPacketRef__Output as _nestmall_marketing_v1_RedPacketRef__Output } from '../../../nestmall/marketing/v1/RedPacketRef.js';
import type { RedPacketShare as _nestmall_marketing_v1_RedPacketShare, RedPacketShare__Output as _nestmall_marketing_v1_RedPacketShare__Output } from '../../../nestmall/marketing/v1/RedPacketShare.js';
import type { SkuDiscount as _nestmall_marketing_v1_SkuDiscount, SkuDiscount__Output as _nestmall_marketing_v1_SkuDiscount__Output } from '../../../nestmall/marketing/v1/SkuDiscount.js';
import type { SpendAndSave as _nestmall_marketing_v1_SpendAndSave, SpendAndSave__Output as _nestmall_marketing_v1_SpendAndSave__Output } from '../../../nestmall/marketing/v1/SpendAndSave.js';
import type { TemplateRef as _nestmall_marketing_v1_TemplateRef, TemplateRef__Output as _nestmall_marketing_v1_TemplateRef__Output } from '../../../nestmall/marketing/v1/TemplateRef.js';

export interface MarketingServiceClient extends grpc.Client {
  ClaimCoupon(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  ClaimCoupon(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  ClaimCoupon(argument: _nestmall_marketing_v1_TemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  ClaimCoupon(argument: _nestmall_marketing_v1_TemplateRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  claimCoupon(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  claimCoupon(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  claimCoupon(argument: _nestmall_marketing_v1_TemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  claimCoupon(argument: _nestmall_marketing_v1_TemplateRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  
  ClaimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  ClaimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  ClaimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  ClaimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  claimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  claimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  claimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  claimRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacketShare__Output>): grpc.ClientUnaryCall;
  
  CommitXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  CreateCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  CreateCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  CreateCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  CreateCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  createCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  createCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  createCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  createCouponTemplate(argument: _nestmall_marketing_v1_CreateCouponTemplateRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  
  CreateRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  CreateRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  CreateRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  CreateRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  createRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  createRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  createRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  createRedPacket(argument: _nestmall_marketing_v1_CreateRedPacketRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  
  CreateSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  CreateSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  CreateSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  CreateSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  createSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  createSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  createSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  createSkuDiscount(argument: _nestmall_marketing_v1_SkuDiscount, callback: grpc.requestCallback<_nestmall_marketing_v1_SkuDiscount__Output>): grpc.ClientUnaryCall;
  
  CreateSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  CreateSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  CreateSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  CreateSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  createSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  createSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  createSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  createSpendAndSave(argument: _nestmall_marketing_v1_SpendAndSave, callback: grpc.requestCallback<_nestmall_marketing_v1_SpendAndSave__Output>): grpc.ClientUnaryCall;
  
  EditPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EditPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EditPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EditPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  editPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  editPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  editPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  editPromotion(argument: _nestmall_marketing_v1_EditPromotionRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  
  EndPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EndPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EndPromotion(argument: _nestmall_marketing_v1_PromotionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  EndPromotion(argument: _nestmall_marketing_v1_PromotionRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  endPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  endPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  endPromotion(argument: _nestmall_marketing_v1_PromotionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  endPromotion(argument: _nestmall_marketing_v1_PromotionRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  
  GetCoupon(argument: _nestmall_marketing_v1_CouponRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  GetCoupon(argument: _nestmall_marketing_v1_CouponRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  GetCoupon(argument: _nestmall_marketing_v1_CouponRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  GetCoupon(argument: _nestmall_marketing_v1_CouponRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  getCoupon(argument: _nestmall_marketing_v1_CouponRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  getCoupon(argument: _nestmall_marketing_v1_CouponRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  getCoupon(argument: _nestmall_marketing_v1_CouponRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  getCoupon(argument: _nestmall_marketing_v1_CouponRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Coupon__Output>): grpc.ClientUnaryCall;
  
  GetCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  GetCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  GetCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  GetCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  getCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  getCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  getCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  getCouponTemplate(argument: _nestmall_marketing_v1_TemplateRef, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponTemplate__Output>): grpc.ClientUnaryCall;
  
  GetPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  GetPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  GetPromotion(argument: _nestmall_marketing_v1_PromotionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  GetPromotion(argument: _nestmall_marketing_v1_PromotionRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  getPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  getPromotion(argument: _nestmall_marketing_v1_PromotionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  getPromotion(argument: _nestmall_marketing_v1_PromotionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  getPromotion(argument: _nestmall_marketing_v1_PromotionRef, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotion__Output>): grpc.ClientUnaryCall;
  
  GetPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  GetPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  GetPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  GetPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  getPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  getPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  getPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  getPromotions(argument: _nestmall_marketing_v1_GetPromotionsRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Promotions__Output>): grpc.ClientUnaryCall;
  
  GetRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  GetRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  GetRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  GetRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  getRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  getRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  getRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  getRedPacket(argument: _nestmall_marketing_v1_RedPacketRef, callback: grpc.requestCallback<_nestmall_marketing_v1_RedPacket__Output>): grpc.ClientUnaryCall;
  
  ListMyCoupons(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  ListMyCoupons(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  ListMyCoupons(argument: _nestmall_marketing_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  ListMyCoupons(argument: _nestmall_marketing_v1_Empty, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  listMyCoupons(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  listMyCoupons(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  listMyCoupons(argument: _nestmall_marketing_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  listMyCoupons(argument: _nestmall_marketing_v1_Empty, callback: grpc.requestCallback<_nestmall_marketing_v1_ListCouponsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  ListPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  ListPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  ListPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  listPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  listPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  listPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  listPromotions(argument: _nestmall_marketing_v1_ListPromotionsRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_PromotionPage__Output>): grpc.ClientUnaryCall;
  
  LockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  LockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  LockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  LockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  lockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  lockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  lockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  lockCoupon(argument: _nestmall_marketing_v1_LockCouponRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  
  PrepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  PrepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  PrepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  PrepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  prepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  prepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  prepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  prepareCouponUseXa(argument: _nestmall_marketing_v1_LockCouponRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_CouponLock__Output>): grpc.ClientUnaryCall;
  
  RecoverXa(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_marketing_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_marketing_v1_Empty, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_marketing_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_marketing_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_marketing_v1_Empty, callback: grpc.requestCallback<_nestmall_marketing_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReleaseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReleaseCoupon(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReleaseCoupon(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  releaseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  releaseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  releaseCoupon(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  releaseCoupon(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RollbackXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  UseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  UseCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  UseCoupon(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  UseCoupon(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  useCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  useCoupon(argument: _nestmall_marketing_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  useCoupon(argument: _nestmall_marketing_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  useCoupon(argument: _nestmall_marketing_v1_GidRequest, callback: grpc.requestCallback<_nestmall_marketing_v1_Empty__Output>): grpc.ClientUnaryCall;
  
}

export interface MarketingServiceHandlers extends grpc.UntypedServiceImplementation {
  ClaimCoupon: grpc.handleUnaryCall<_nestmall_marketing_v1_TemplateRef__Output, _nestmall_marketing_v1_Coupon>;
  
  ClaimRedPacket: grpc.handleUnaryCall<_nestmall_marketing_v1_RedPacketRef__Output, _nestmall_marketing_v1_RedPacketShare>;
  
  CommitXa: grpc.handleUnaryCall<_nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty>;
  
  CreateCouponTemplate: grpc.handleUnaryCall<_nestmall_marketing_v1_CreateCouponTemplateRequest__Output, _nestmall_marketing_v1_CouponTemplate>;
  
  CreateRedPacket: grpc.handleUnaryCall<_nestmall_marketing_v1_CreateRedPacketRequest__Output, _nestmall_marketing_v1_RedPacket>;
  
  CreateSkuDiscount: grpc.handleUnaryCall<_nestmall_marketing_v1_SkuDiscount__Output, _nestmall_marketing_v1_SkuDiscount>;
  
  CreateSpendAndSave: grpc.handleUnaryCall<_nestmall_marketing_v1_SpendAndSave__Output, _nestmall_marketing_v1_SpendAndSave>;
  
  EditPromotion: grpc.handleUnaryCall<_nestmall_marketing_v1_EditPromotionRequest__Output, _nestmall_marketing_v1_Promotion>;
  
  EndPromotion: grpc.handleUnaryCall<_nestmall_marketing_v1_PromotionRef__Output, _nestmall_marketing_v1_Promotion>;
  
  GetCoupon: grpc.handleUnaryCall<_nestmall_marketing_v1_CouponRef__Output, _nestmall_marketing_v1_Coupon>;
  
  GetCouponTemplate: grpc.handleUnaryCall<_nestmall_marketing_v1_TemplateRef__Output, _nestmall_marketing_v1_CouponTemplate>;
  
  GetPromotion: grpc.handleUnaryCall<_nestmall_marketing_v1_PromotionRef__Output, _nestmall_marketing_v1_Promotion>;
  
  GetPromotions: grpc.handleUnaryCall<_nestmall_marketing_v1_GetPromotionsRequest__Output, _nestmall_marketing_v1_Promotions>;
  
  GetRedPacket: grpc.handleUnaryCall<_nestmall_marketing_v1_RedPacketRef__Output, _nestmall_marketing_v1_RedPacket>;
  
  ListMyCoupons: grpc.handleUnaryCall<_nestmall_marketing_v1_Empty__Output, _nestmall_marketing_v1_ListCouponsResponse>;
  
  ListPromotions: grpc.handleUnaryCall<_nestmall_marketing_v1_ListPromotionsRequest__Output, _nestmall_marketing_v1_PromotionPage>;
  
  LockCoupon: grpc.handleUnaryCall<_nestmall_marketing_v1_LockCouponRequest__Output, _nestmall_marketing_v1_CouponLock>;
  
  PrepareCouponUseXa: grpc.handleUnaryCall<_nestmall_marketing_v1_LockCouponRequest__Output, _nestmall_marketing_v1_CouponLock>;
  
  RecoverXa: grpc.handleUnaryCall<_nestmall_marketing_v1_Empty__Output, _nestmall_marketing_v1_RecoverXaResponse>;
  
  ReleaseCoupon: grpc.handleUnaryCall<_nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty>;
  
  RollbackXa: grpc.handleUnaryCall<_nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty>;
  
  UseCoupon: grpc.handleUnaryCall<_nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty>;
  
}

export interface MarketingServiceDefinition extends grpc.ServiceDefinition {
  ClaimCoupon: MethodDefinition<_nestmall_marketing_v1_TemplateRef, _nestmall_marketing_v1_Coupon, _nestmall_marketing_v1_TemplateRef__Output, _nestmall_marketing_v1_Coupon__Output>
  ClaimRedPacket: MethodDefinition<_nestmall_marketing_v1_RedPacketRef, _nestmall_marketing_v1_RedPacketShare, _nestmall_marketing_v1_RedPacketRef__Output, _nestmall_marketing_v1_RedPacketShare__Output>
  CommitXa: MethodDefinition<_nestmall_marketing_v1_GidRequest, _nestmall_marketing_v1_Empty, _nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty__Output>
  CreateCouponTemplate: MethodDefinition<_nestmall_marketing_v1_CreateCouponTemplateRequest, _nestmall_marketing_v1_CouponTemplate, _nestmall_marketing_v1_CreateCouponTemplateRequest__Output, _nestmall_marketing_v1_CouponTemplate__Output>
  CreateRedPacket: MethodDefinition<_nestmall_marketing_v1_CreateRedPacketRequest, _nestmall_marketing_v1_RedPacket, _nestmall_marketing_v1_CreateRedPacketRequest__Output, _nestmall_marketing_v1_RedPacket__Output>
  CreateSkuDiscount: MethodDefinition<_nestmall_marketing_v1_SkuDiscount, _nestmall_marketing_v1_SkuDiscount, _nestmall_marketing_v1_SkuDiscount__Output, _nestmall_marketing_v1_SkuDiscount__Output>
  CreateSpendAndSave: MethodDefinition<_nestmall_marketing_v1_SpendAndSave, _nestmall_marketing_v1_SpendAndSave, _nestmall_marketing_v1_SpendAndSave__Output, _nestmall_marketing_v1_SpendAndSave__Output>
  EditPromotion: MethodDefinition<_nestmall_marketing_v1_EditPromotionRequest, _nestmall_marketing_v1_Promotion, _nestmall_marketing_v1_EditPromotionRequest__Output, _nestmall_marketing_v1_Promotion__Output>
  EndPromotion: MethodDefinition<_nestmall_marketing_v1_PromotionRef, _nestmall_marketing_v1_Promotion, _nestmall_marketing_v1_PromotionRef__Output, _nestmall_marketing_v1_Promotion__Output>
  GetCoupon: MethodDefinition<_nestmall_marketing_v1_CouponRef, _nestmall_marketing_v1_Coupon, _nestmall_marketing_v1_CouponRef__Output, _nestmall_marketing_v1_Coupon__Output>
  GetCouponTemplate: MethodDefinition<_nestmall_marketing_v1_TemplateRef, _nestmall_marketing_v1_CouponTemplate, _nestmall_marketing_v1_TemplateRef__Output, _nestmall_marketing_v1_CouponTemplate__Output>
  GetPromotion: MethodDefinition<_nestmall_marketing_v1_PromotionRef, _nestmall_marketing_v1_Promotion, _nestmall_marketing_v1_PromotionRef__Output, _nestmall_marketing_v1_Promotion__Output>
  GetPromotions: MethodDefinition<_nestmall_marketing_v1_GetPromotionsRequest, _nestmall_marketing_v1_Promotions, _nestmall_marketing_v1_GetPromotionsRequest__Output, _nestmall_marketing_v1_Promotions__Output>
  GetRedPacket: MethodDefinition<_nestmall_marketing_v1_RedPacketRef, _nestmall_marketing_v1_RedPacket, _nestmall_marketing_v1_RedPacketRef__Output, _nestmall_marketing_v1_RedPacket__Output>
  ListMyCoupons: MethodDefinition<_nestmall_marketing_v1_Empty, _nestmall_marketing_v1_ListCouponsResponse, _nestmall_marketing_v1_Empty__Output, _nestmall_marketing_v1_ListCouponsResponse__Output>
  ListPromotions: MethodDefinition<_nestmall_marketing_v1_ListPromotionsRequest, _nestmall_marketing_v1_PromotionPage, _nestmall_marketing_v1_ListPromotionsRequest__Output, _nestmall_marketing_v1_PromotionPage__Output>
  LockCoupon: MethodDefinition<_nestmall_marketing_v1_LockCouponRequest, _nestmall_marketing_v1_CouponLock, _nestmall_marketing_v1_LockCouponRequest__Output, _nestmall_marketing_v1_CouponLock__Output>
  PrepareCouponUseXa: MethodDefinition<_nestmall_marketing_v1_LockCouponRequest, _nestmall_marketing_v1_CouponLock, _nestmall_marketing_v1_LockCouponRequest__Output, _nestmall_marketing_v1_CouponLock__Output>
  RecoverXa: MethodDefinition<_nestmall_marketing_v1_Empty, _nestmall_marketing_v1_RecoverXaResponse, _nestmall_marketing_v1_Empty__Output, _nestmall_marketing_v1_RecoverXaResponse__Output>
  ReleaseCoupon: MethodDefinition<_nestmall_marketing_v1_GidRequest, _nestmall_marketing_v1_Empty, _nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty__Output>
  RollbackXa: MethodDefinition<_nestmall_marketing_v1_GidRequest, _nestmall_marketing_v1_Empty, _nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty__Output>
  UseCoupon: MethodDefinition<_nestmall_marketing_v1_GidRequest, _nestmall_marketing_v1_Empty, _nestmall_marketing_v1_GidRequest__Output, _nestmall_marketing_v1_Empty__Output>
}
