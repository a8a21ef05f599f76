// Original file: proto/nestmall/user/v1/user.proto

import type { Jwk as _nestmall_user_v1_Jwk, Jwk__Output as _nestmall_user_v1_Jwk__Output } from '../../../nestmall/user/v1/Jwk.js';

export interface Jwks {
  'keys'?: (_nestmall_user_v1_Jwk)[];
}

export interface Jwks__Output {
  'keys': (_nestmall_user_v1_Jwk__Output)[];
}
