// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface SpendAndSave {
  'rule_id'?: (number | string | Long);
  'name'?: (string);
  'every_cents'?: (number | string | Long);
  'off_cents'?: (number | string | Long);
  'valid_from'?: (string);
  'valid_until'?: (string);
}

export interface SpendAndSave__Output {
  'rule_id': (number);
  'name': (string);
  'every_cents': (number);
  'off_cents': (number);
  'valid_from': (string);
  'valid_until': (string);
}
