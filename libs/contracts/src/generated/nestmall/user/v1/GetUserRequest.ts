// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface GetUserRequest {
  'user_id'?: (number | string | Long);
}

export interface GetUserRequest__Output {
  'user_id': (number);
}
