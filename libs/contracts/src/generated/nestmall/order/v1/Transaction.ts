// Original file: proto/nestmall/order/v1/order.proto


export interface Transaction {
  'gid'?: (string);
  'kind'?: (string);
  'status'?: (string);
  'attempts'?: (number);
  'flagged'?: (boolean);
  'last_error'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  '_last_error'?: "last_error";
}

export interface Transaction__Output {
  'gid': (string);
  'kind': (string);
  'status': (string);
  'attempts': (number);
  'flagged': (boolean);
  'last_error'?: (string);
  'created_at': (string);
  'updated_at': (string);
  '_last_error'?: "last_error";
}
