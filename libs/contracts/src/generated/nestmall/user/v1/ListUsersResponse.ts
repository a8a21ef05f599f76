// Original file: proto/nestmall/user/v1/user.proto

import type { User as _nestmall_user_v1_User, User__Output as _nestmall_user_v1_User__Output } from '../../../nestmall/user/v1/User.js';
import type { Long } from '@grpc/proto-loader';

export interface ListUsersResponse {
  'users'?: (_nestmall_user_v1_User)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListUsersResponse__Output {
  'users': (_nestmall_user_v1_User__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
