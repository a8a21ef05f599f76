// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface VerifyIdentityRequest {
  'name'?: (string);
  'id_number'?: (string);
}

export interface VerifyIdentityRequest__Output {
  'name': (string);
  'id_number': (string);
}
