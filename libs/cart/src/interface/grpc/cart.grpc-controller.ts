import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { AddItemRequest__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/AddItemRequest.js';
import type { CartRef__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/CartRef.js';
import type { ChangeQuantityRequest__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/ChangeQuantityRequest.js';
import type { CheckOutRequest__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/CheckOutRequest.js';
import type { MergeGuestCartRequest__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/MergeGuestCartRequest.js';
import type { RemoveItemRequest__Output } from '@nestmall/contracts/generated/nestmall/cart/v1/RemoveItemRequest.js';
import {
  CurrentUser,
  JwtAuthGuard,
  OptionalCurrentUser,
  OptionalJwtAuthGuard,
  type AuthenticatedUser,
} from '@nestmall/platform';
import type { CartCaller } from '../../application/cart-caller.js';
import type { CartView } from '../../application/cart-views.js';
import type { CheckOutView } from '../../application/check-out-cart.js';
import type { MergedCartView } from '../../application/merge-guest-cart.js';
import { CartClient } from '../../client/cart.client.js';

const SERVICE = 'nestmall.cart.v1.CartService';

/**
 * nestmall.cart.v1.CartService: a thin adapter over the hosting app's in-process CartClient. The
 * user comes from the access token in the call's `authorization` metadata, never from the
 * message; without a token a call is a guest's, on the cart its cart_id names.
 */
@Controller()
export class CartGrpcController {
  constructor(private readonly cart: CartClient) {}

  @GrpcMethod(SERVICE, 'GetCart')
  @UseGuards(OptionalJwtAuthGuard)
  get(
    @Payload() r: CartRef__Output,
    @OptionalCurrentUser() user?: AuthenticatedUser,
  ): Promise<CartView> {
    return this.cart.getCart(caller(user, r.cart_id));
  }

  @GrpcMethod(SERVICE, 'AddItem')
  @UseGuards(OptionalJwtAuthGuard)
  add(
    @Payload() r: AddItemRequest__Output,
    @OptionalCurrentUser() user?: AuthenticatedUser,
  ): Promise<CartView> {
    return this.cart.addItem(caller(user, r.cart_id), r.sku_id, r.quantity);
  }

  @GrpcMethod(SERVICE, 'ChangeQuantity')
  @UseGuards(OptionalJwtAuthGuard)
  change(
    @Payload() r: ChangeQuantityRequest__Output,
    @OptionalCurrentUser() user?: AuthenticatedUser,
  ): Promise<CartView> {
    return this.cart.changeQuantity(caller(user, r.cart_id), r.sku_id, r.quantity);
  }

  @GrpcMethod(SERVICE, 'RemoveItem')
  @UseGuards(OptionalJwtAuthGuard)
  remove(
    @Payload() r: RemoveItemRequest__Output,
    @OptionalCurrentUser() user?: AuthenticatedUser,
  ): Promise<CartView> {
    return this.cart.removeItem(caller(user, r.cart_id), r.sku_id);
  }

  @GrpcMethod(SERVICE, 'MergeGuestCart')
  @UseGuards(JwtAuthGuard)
  async merge(
    @Payload() r: MergeGuestCartRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ cart: CartView; merge: MergedCartView['merge'] }> {
    const { merge, ...cart } = await this.cart.mergeGuestCart(user, r.guest_cart_id);
    return { cart, merge };
  }

  @GrpcMethod(SERVICE, 'CheckOut')
  @UseGuards(JwtAuthGuard)
  checkOut(
    @Payload() r: CheckOutRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckOutView> {
    return this.cart.checkOut(user, {
      sku_ids: r.sku_ids,
      address_id: r.address_id || undefined,
      coupon_id: Number(r.coupon_id) || undefined,
      idempotency_key: r.idempotency_key || undefined,
      accept_price_changes: r.accept_price_changes,
    });
  }
}

/** A token's user owns their cart; otherwise the message's cart id names a guest cart. */
function caller(user: AuthenticatedUser | undefined, cartId: string): CartCaller {
  return user ? { user } : { guestCartId: cartId || undefined };
}
