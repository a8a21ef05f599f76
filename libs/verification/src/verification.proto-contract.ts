import { protoContract } from '@nestmall/contracts';

/** The verification context's gRPC service (proto/nestmall/verification/v1/verification.proto). */
export const VERIFICATION_PROTO = protoContract(
  'nestmall.verification.v1',
  'nestmall/verification/v1/verification.proto',
);
