// Original file: proto/nestmall/user/v1/user.proto

import type { User as _nestmall_user_v1_User, User__Output as _nestmall_user_v1_User__Output } from '../../../nestmall/user/v1/User.js';

export interface GetUserResponse {
  'user'?: (_nestmall_user_v1_User | null);
}

export interface GetUserResponse__Output {
  'user': (_nestmall_user_v1_User__Output | null);
}
