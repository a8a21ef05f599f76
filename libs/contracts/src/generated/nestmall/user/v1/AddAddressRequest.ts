// Original file: proto/nestmall/user/v1/user.proto

import type { AddressFields as _nestmall_user_v1_AddressFields, AddressFields__Output as _nestmall_user_v1_AddressFields__Output } from '../../../nestmall/user/v1/AddressFields.js';

export interface AddAddressRequest {
  'address'?: (_nestmall_user_v1_AddressFields | null);
  'make_default'?: (boolean);
}

export interface AddAddressRequest__Output {
  'address': (_nestmall_user_v1_AddressFields__Output | null);
  'make_default': (boolean);
}
