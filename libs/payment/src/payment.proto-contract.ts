import { protoContract } from '@nestmall/contracts';

/** The payment context's gRPC service (proto/nestmall/payment/v1/payment.proto). */
export const PAYMENT_PROTO = protoContract(
  'nestmall.payment.v1',
  'nestmall/payment/v1/payment.proto',
);
