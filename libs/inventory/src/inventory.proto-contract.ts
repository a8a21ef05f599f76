import { protoContract } from '@nestmall/contracts';

/** The inventory context's gRPC service (proto/nestmall/inventory/v1/inventory.proto). */
export const INVENTORY_PROTO = protoContract(
  'nestmall.inventory.v1',
  'nestmall/inventory/v1/inventory.proto',
);
