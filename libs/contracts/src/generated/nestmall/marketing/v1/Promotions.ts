// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { SkuDiscount as _nestmall_marketing_v1_SkuDiscount, SkuDiscount__Output as _nestmall_marketing_v1_SkuDiscount__Output } from '../../../nestmall/marketing/v1/SkuDiscount.js';
import type { SpendAndSave as _nestmall_marketing_v1_SpendAndSave, SpendAndSave__Output as _nestmall_marketing_v1_SpendAndSave__Output } from '../../../nestmall/marketing/v1/SpendAndSave.js';

export interface Promotions {
  'sku_discounts'?: (_nestmall_marketing_v1_SkuDiscount)[];
  'spend_and_save'?: (_nestmall_marketing_v1_SpendAndSave)[];
}

export interface Promotions__Output {
  'sku_discounts': (_nestmall_marketing_v1_SkuDiscount__Output)[];
  'spend_and_save': (_nestmall_marketing_v1_SpendAndSave__Output)[];
}
