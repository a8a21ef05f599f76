// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface Address {
  'address_id'?: (number | string | Long);
  'recipient'?: (string);
  'mobile'?: (string);
  'province'?: (string);
  'city'?: (string);
  'district'?: (string);
  'street'?: (string);
  'postal_code'?: (string);
  'is_default'?: (boolean);
  'created_at'?: (string);
  'updated_at'?: (string);
  '_postal_code'?: "postal_code";
}

export interface Address__Output {
  'address_id': (number);
  'recipient': (string);
  'mobile': (string);
  'province': (string);
  'city': (string);
  'district': (string);
  'street': (string);
  'postal_code'?: (string);
  'is_default': (boolean);
  'created_at': (string);
  'updated_at': (string);
  '_postal_code'?: "postal_code";
}
