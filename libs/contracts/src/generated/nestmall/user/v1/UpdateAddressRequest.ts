// Original file: proto/nestmall/user/v1/user.proto

import type { AddressFields as _nestmall_user_v1_AddressFields, AddressFields__Output as _nestmall_user_v1_AddressFields__Output } from '../../../nestmall/user/v1/AddressFields.js';
import type { Long } from '@grpc/proto-loader';

export interface UpdateAddressRequest {
  'address_id'?: (number | string | Long);
  'address'?: (_nestmall_user_v1_AddressFields | null);
}

export interface UpdateAddressRequest__Output {
  'address_id': (number);
  'address': (_nestmall_user_v1_AddressFields__Output | null);
}
