// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface EditPromotionRequest {
  'kind'?: (string);
  'id'?: (number | string | Long);
  'name'?: (string);
  'valid_from'?: (string);
  'valid_until'?: (string);
  'sku_id'?: (string);
  'percent_off'?: (number);
  'every_cents'?: (number | string | Long);
  'off_cents'?: (number | string | Long);
  'coupon_kind'?: (string);
  'amount_off_cents'?: (number | string | Long);
  'min_spend_cents'?: (number | string | Long);
  'total_quantity'?: (number);
  'per_user_limit'?: (number);
  '_name'?: "name";
  '_valid_from'?: "valid_from";
  '_valid_until'?: "valid_until";
  '_sku_id'?: "sku_id";
  '_percent_off'?: "percent_off";
  '_every_cents'?: "every_cents";
  '_off_cents'?: "off_cents";
  '_coupon_kind'?: "coupon_kind";
  '_amount_off_cents'?: "amount_off_cents";
  '_min_spend_cents'?: "min_spend_cents";
  '_total_quantity'?: "total_quantity";
  '_per_user_limit'?: "per_user_limit";
}

export interface EditPromotionRequest__Output {
  'kind': (string);
  'id': (number);
  'name'?: (string);
  'valid_from'?: (string);
  'valid_until'?: (string);
  'sku_id'?: (string);
  'percent_off'?: (number);
  'every_cents'?: (number);
  'off_cents'?: (number);
  'coupon_kind'?: (string);
  'amount_off_cents'?: (number);
  'min_spend_cents'?: (number);
  'total_quantity'?: (number);
  'per_user_limit'?: (number);
  '_name'?: "name";
  '_valid_from'?: "valid_from";
  '_valid_until'?: "valid_until";
  '_sku_id'?: "sku_id";
  '_percent_off'?: "percent_off";
  '_every_cents'?: "every_cents";
  '_off_cents'?: "off_cents";
  '_coupon_kind'?: "coupon_kind";
  '_amount_off_cents'?: "amount_off_cents";
  '_min_spend_cents'?: "min_spend_cents";
  '_total_quantity'?: "total_quantity";
  '_per_user_limit'?: "per_user_limit";
}
