import type { CartServiceClient } from '@nestmall/contracts/generated/nestmall/cart/v1/CartService.js';
import type { Cart__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/Cart.js';
import type { CheckOutResponse__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/CheckOutResponse.js';
import type { MergedCart__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/MergedCart.js';
import type { AuthenticatedUser, GrpcReplicaPool } from '@nestmall/platform';
import type { CartCaller } from '../application/cart-caller.js';
import type { CartView } from '../application/cart-views.js';
import type { CheckOutView } from '../application/check-out-cart.js';
import type { MergedCartView } from '../application/merge-guest-cart.js';
import { CartClient, type CheckOutRequest } from './cart.client.js';

/**
 * CartClient over gRPC. A buyer's call carries their access token (the cart-service takes the
 * user from it); a guest's carries the cart id in the message. Reads may be retried on another
 * replica; changes are sent once (an add sent twice would add twice).
 */
export class GrpcCartClient extends CartClient {
  /** @param checkOutDeadlineMs for checking out, which waits on placing the order. */
  constructor(
    private readonly pool: GrpcReplicaPool<CartServiceClient>,
    private readonly checkOutDeadlineMs: number,
  ) {
    super();
  }

  getCart(caller: CartCaller): Promise<CartView> {
    return this.cart(caller, 'GetCart', {}, true);
  }

  addItem(caller: CartCaller, skuId: string, quantity: number): Promise<CartView> {
    return this.cart(caller, 'AddItem', { sku_id: skuId, quantity }, false);
  }

  changeQuantity(caller: CartCaller, skuId: string, quantity: number): Promise<CartView> {
    return this.cart(caller, 'ChangeQuantity', { sku_id: skuId, quantity }, false);
  }

  removeItem(caller: CartCaller, skuId: string): Promise<CartView> {
    return this.cart(caller, 'RemoveItem', { sku_id: skuId }, false);
  }

  async mergeGuestCart(user: AuthenticatedUser, guestCartId: string): Promise<MergedCartView> {
    const m = await this.pool.unary<MergedCart__Output>(
      'MergeGuestCart',
      { guest_cart_id: guestCartId },
      false,
      undefined,
      user.accessToken,
    );
    return {
      ...toCartView(m.cart!),
      merge: {
        merged: m.merge!.merged,
        units: m.merge!.units,
        capped: m.merge!.capped,
        dropped: m.merge!.dropped,
      },
    };
  }

  async checkOut(user: AuthenticatedUser, request: CheckOutRequest): Promise<CheckOutView> {
    const m = await this.pool.unary<CheckOutResponse__Output>(
      'CheckOut',
      {
        sku_ids: request.sku_ids ?? [],
        address_id: request.address_id ?? 0,
        coupon_id: request.coupon_id ?? 0,
        idempotency_key: request.idempotency_key ?? '',
        accept_price_changes: request.accept_price_changes ?? false,
      },
      false,
      this.checkOutDeadlineMs,
      user.accessToken,
    );
    return {
      order: {
        order_id: m.order!.order_id,
        status: m.order!.status,
        total_cents: m.order!.total_cents,
      },
      cart: toCartView(m.cart!),
    };
  }

  private async cart(
    caller: CartCaller,
    method: string,
    message: object,
    idempotent: boolean,
  ): Promise<CartView> {
    return toCartView(
      await this.pool.unary<Cart__Output>(
        method,
        { ...message, cart_id: caller.guestCartId ?? '' },
        idempotent,
        undefined,
        caller.user?.accessToken,
      ),
    );
  }
}

/** The message as the view the REST edge answers, field for field (proto3 optional -> null). */
function toCartView(m: Cart__Output): CartView {
  return {
    cart_id: m.cart_id ?? null,
    lines: m.lines.map((l) => ({
      sku_id: l.sku_id,
      title: l.title ?? null,
      quantity: l.quantity,
      price_when_added_cents: l.price_when_added_cents,
      current_price_cents: l.current_price_cents ?? null,
      price_changed: l.price_changed,
      line_total_cents: l.line_total_cents ?? null,
      on_shelf: l.on_shelf,
      available: l.available,
      in_stock: l.in_stock,
      added_at: l.added_at,
    })),
    total_quantity: m.total_quantity,
    subtotal_cents: m.subtotal_cents,
    price_changed: m.price_changed,
  };
}
