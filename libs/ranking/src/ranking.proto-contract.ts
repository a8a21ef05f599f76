import { protoContract } from '@nestmall/contracts';

/** The ranking context's gRPC service (proto/nestmall/ranking/v1/ranking.proto). */
export const RANKING_PROTO = protoContract(
  'nestmall.ranking.v1',
  'nestmall/ranking/v1/ranking.proto',
);
