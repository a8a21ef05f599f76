import { protoContract } from '@nestmall/contracts';

/** The orders context's gRPC service (proto/nestmall/order/v1/order.proto). */
export const ORDER_PROTO = protoContract('nestmall.order.v1', 'nestmall/order/v1/order.proto');
