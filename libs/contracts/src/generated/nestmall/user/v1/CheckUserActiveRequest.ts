// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface CheckUserActiveRequest {
  'user_id'?: (number | string | Long);
  'session_id'?: (string);
}

export interface CheckUserActiveRequest__Output {
  'user_id': (number);
  'session_id': (string);
}
