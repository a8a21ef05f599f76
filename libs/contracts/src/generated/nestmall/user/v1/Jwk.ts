// Original file: proto/nestmall/user/v1/user.proto


export interface Jwk {
  'kty'?: (string);
  'crv'?: (string);
  'x'?: (string);
  'kid'?: (string);
  'alg'?: (string);
  'use'?: (string);
}

export interface Jwk__Output {
  'kty': (string);
  'crv': (string);
  'x': (string);
  'kid': (string);
  'alg': (string);
  'use': (string);
}
