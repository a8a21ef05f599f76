// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface User {
  'user_id'?: (number | string | Long);
  'user_name'?: (string);
  'user_mobile'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface User__Output {
  'user_id': (number);
  'user_name': (string);
  'user_mobile': (string);
  'created_at': (string);
  'updated_at': (string);
}
