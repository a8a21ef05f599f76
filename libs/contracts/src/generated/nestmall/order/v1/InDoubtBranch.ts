// Original file: proto/nestmall/order/v1/order.proto


export interface InDoubtBranch {
  'participant'?: (string);
  'gid'?: (string);
  'decision'?: (string);
}

export interface InDoubtBranch__Output {
  'participant': (string);
  'gid': (string);
  'decision': (string);
}
