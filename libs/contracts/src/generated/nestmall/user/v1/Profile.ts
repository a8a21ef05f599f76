// Original file: proto/nestmall/user/v1/user.proto

import type { Long } from '@grpc/proto-loader';

export interface Profile {
  'user_id'?: (number | string | Long);
  'user_name'?: (string);
  'user_mobile'?: (string);
  'nickname'?: (string);
  'avatar_url'?: (string);
  'email'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  '_nickname'?: "nickname";
  '_avatar_url'?: "avatar_url";
  '_email'?: "email";
}

export interface Profile__Output {
  'user_id': (number);
  'user_name': (string);
  'user_mobile': (string);
  'nickname'?: (string);
  'avatar_url'?: (string);
  'email'?: (string);
  'created_at': (string);
  'updated_at': (string);
  '_nickname'?: "nickname";
  '_avatar_url'?: "avatar_url";
  '_email'?: "email";
}
