// Original file: proto/nestmall/user/v1/user.proto


export interface ListUsersRequest {
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface ListUsersRequest__Output {
  'page_num': (number);
  'page_size': (number);
}
