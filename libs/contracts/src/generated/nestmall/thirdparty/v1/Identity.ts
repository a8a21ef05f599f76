// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface Identity {
  'user_id'?: (number);
  'verified'?: (boolean);
  'verdict'?: (string);
  'masked_id_number'?: (string);
  'provider'?: (string);
  'verified_at'?: (string);
}

export interface Identity__Output {
  'user_id': (number);
  'verified': (boolean);
  'verdict': (string);
  'masked_id_number': (string);
  'provider': (string);
  'verified_at': (string);
}
