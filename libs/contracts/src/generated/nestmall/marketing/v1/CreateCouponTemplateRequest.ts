// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface CreateCouponTemplateRequest {
  'name'?: (string);
  'kind'?: (string);
  'amount_off_cents'?: (number | string | Long);
  'percent_off'?: (number);
  'min_spend_cents'?: (number | string | Long);
  'valid_from'?: (string);
  'valid_until'?: (string);
  'total_quantity'?: (number);
  'per_user_limit'?: (number);
}

export interface CreateCouponTemplateRequest__Output {
  'name': (string);
  'kind': (string);
  'amount_off_cents': (number);
  'percent_off': (number);
  'min_spend_cents': (number);
  'valid_from': (string);
  'valid_until': (string);
  'total_quantity': (number);
  'per_user_limit': (number);
}
