// Original file: proto/nestmall/user/v1/user.proto


export interface AddressFields {
  'recipient'?: (string);
  'mobile'?: (string);
  'province'?: (string);
  'city'?: (string);
  'district'?: (string);
  'street'?: (string);
  'postal_code'?: (string);
}

export interface AddressFields__Output {
  'recipient': (string);
  'mobile': (string);
  'province': (string);
  'city': (string);
  'district': (string);
  'street': (string);
  'postal_code': (string);
}
