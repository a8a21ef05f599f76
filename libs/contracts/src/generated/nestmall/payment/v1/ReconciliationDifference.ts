// Original file: proto/nestmall/payment/v1/payment.proto


export interface ReconciliationDifference {
  'payment_id'?: (string);
  'method'?: (string);
  'kind'?: (string);
  'ours'?: (string);
  'provider'?: (string);
  '_ours'?: "ours";
  '_provider'?: "provider";
}

export interface ReconciliationDifference__Output {
  'payment_id': (string);
  'method': (string);
  'kind': (string);
  'ours'?: (string);
  'provider'?: (string);
  '_ours'?: "ours";
  '_provider'?: "provider";
}
