// Original file: proto/nestmall/user/v1/user.proto

import type { Address as _nestmall_user_v1_Address, Address__Output as _nestmall_user_v1_Address__Output } from '../../../nestmall/user/v1/Address.js';

export interface ListAddressesResponse {
  'addresses'?: (_nestmall_user_v1_Address)[];
}

export interface ListAddressesResponse__Output {
  'addresses': (_nestmall_user_v1_Address__Output)[];
}
