// Original file: proto/nestmall/payment/v1/payment.proto

import type { ReconciliationDifference as _nestmall_payment_v1_ReconciliationDifference, ReconciliationDifference__Output as _nestmall_payment_v1_ReconciliationDifference__Output } from '../../../nestmall/payment/v1/ReconciliationDifference.js';

export interface ReconciliationReport {
  'from'?: (string);
  'to'?: (string);
  'payments_checked'?: (number);
  'provider_records_checked'?: (number);
  'differences'?: (_nestmall_payment_v1_ReconciliationDifference)[];
}

export interface ReconciliationReport__Output {
  'from': (string);
  'to': (string);
  'payments_checked': (number);
  'provider_records_checked': (number);
  'differences': (_nestmall_payment_v1_ReconciliationDifference__Output)[];
}
