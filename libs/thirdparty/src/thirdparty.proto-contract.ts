import { protoContract } from '@nestmall/contracts';

/** The third-party context's gRPC service (proto/nestmall/thirdparty/v1/thirdparty.proto). */
export const THIRDPARTY_PROTO = protoContract(
  'nestmall.thirdparty.v1',
  'nestmall/thirdparty/v1/thirdparty.proto',
);
