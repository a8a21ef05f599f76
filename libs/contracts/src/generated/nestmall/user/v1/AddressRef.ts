// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface AddressRef {
  'address_id'?: (number | string | Long);
}

export interface AddressRef__Output {
  'address_id': (number);
}
