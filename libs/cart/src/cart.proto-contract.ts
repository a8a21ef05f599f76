import { protoContract } from '@nestmall/contracts';

/** The cart context's gRPC service (proto/nestmall/cart/v1/cart.proto). */
export const CART_PROTO = protoContract('nestmall.cart.v1', 'nestmall/cart/v1/cart.proto');
