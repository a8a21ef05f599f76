// Original file: proto/nestmall/order/v1/order.proto

import type { Long } from '@grpc/proto-loader';

export interface ShippingAddress {
  'address_id'?: (number | string | Long);
  'recipient'?: (string);
  'mobile'?: (string);
  'province'?: (string);
  'city'?: (string);
  'district'?: (string);
  'street'?: (string);
  'postal_code'?: (string);
  '_postal_code'?: "postal_code";
}

export interface ShippingAddress__Output {
  'address_id': (number);
  'recipient': (string);
  'mobile': (string);
  'province': (string);
  'city': (string);
  'district': (string);
  'street': (string);
  'postal_code'?: (string);
  '_postal_code'?: "postal_code";
}
