import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type { CartCaller } from '../application/cart-caller.js';
import type { CartView } from '../application/cart-views.js';
import type { CheckOutView } from '../application/check-out-cart.js';
import type { MergedCartView } from '../application/merge-guest-cart.js';

export interface CheckOutRequest {
  sku_ids?: string[];
  address_id?: number;
  coupon_id?: number;
  idempotency_key?: string;
  accept_price_changes?: boolean;
}

/**
 * The port through which the REST edge reaches the cart (in-process or gRPC). `caller` is the
 * user whose access token the edge verified (the gRPC adapter forwards that token) or a guest
 * with a cart id.
 */
export abstract class CartClient {
  abstract getCart(caller: CartCaller): Promise<CartView>;
  abstract addItem(caller: CartCaller, skuId: string, quantity: number): Promise<CartView>;
  abstract changeQuantity(caller: CartCaller, skuId: string, quantity: number): Promise<CartView>;
  abstract removeItem(caller: CartCaller, skuId: string): Promise<CartView>;
  abstract mergeGuestCart(user: AuthenticatedUser, guestCartId: string): Promise<MergedCartView>;
  abstract checkOut(user: AuthenticatedUser, request: CheckOutRequest): Promise<CheckOutView>;
}
