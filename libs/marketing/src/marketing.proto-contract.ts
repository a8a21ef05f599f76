import { protoContract } from '@nestmall/contracts';

/** The marketing context's gRPC service (proto/nestmall/marketing/v1/marketing.proto). */
export const MARKETING_PROTO = protoContract(
  'nestmall.marketing.v1',
  'nestmall/marketing/v1/marketing.proto',
);
