import { protoContract } from '@nestmall/contracts';

/** The catalog context's gRPC service (proto/nestmall/catalog/v1/catalog.proto). */
export const CATALOG_PROTO = protoContract(
  'nestmall.catalog.v1',
  'nestmall/catalog/v1/catalog.proto',
);
