// Original file: proto/nestmall/user/v1/user.proto


export interface UpdateProfileRequest {
  'nickname'?: (string);
  'avatar_url'?: (string);
  'email'?: (string);
  '_nickname'?: "nickname";
  '_avatar_url'?: "avatar_url";
  '_email'?: "email";
}

export interface UpdateProfileRequest__Output {
  'nickname'?: (string);
  'avatar_url'?: (string);
  'email'?: (string);
  '_nickname'?: "nickname";
  '_avatar_url'?: "avatar_url";
  '_email'?: "email";
}
