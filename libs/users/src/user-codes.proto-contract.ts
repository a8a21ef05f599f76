import { protoContract } from '@nestmall/contracts';

/** The users context's code flows (proto/nestmall/user/v1/user_codes.proto). */
export const USER_CODES_PROTO = protoContract(
  'nestmall.user.v1',
  'nestmall/user/v1/user_codes.proto',
);
