import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/platform';
import { AddToCart } from '../application/add-to-cart.js';
import { guestCartId, ownerOrNew, type CartCaller } from '../application/cart-caller.js';
import type { CartView } from '../application/cart-views.js';
import { ChangeCartLine } from '../application/change-cart-line.js';
import { CheckOutCart, type CheckOutView } from '../application/check-out-cart.js';
import { MergeGuestCart, type MergedCartView } from '../application/merge-guest-cart.js';
import { ViewCart } from '../application/view-cart.js';
import { CartClient, type CheckOutRequest } from './cart.client.js';

@Injectable()
export class InProcessCartClient extends CartClient {
  constructor(
    private readonly viewCart: ViewCart,
    private readonly addToCart: AddToCart,
    private readonly changeLine: ChangeCartLine,
    private readonly mergeCase: MergeGuestCart,
    private readonly checkOutCase: CheckOutCart,
  ) {
    super();
  }

  getCart(caller: CartCaller): Promise<CartView> {
    return this.viewCart.execute(ownerOrNew(caller));
  }

  addItem(caller: CartCaller, skuId: string, quantity: number): Promise<CartView> {
    return this.addToCart.execute({ owner: ownerOrNew(caller), skuId, quantity });
  }

  changeQuantity(caller: CartCaller, skuId: string, quantity: number): Promise<CartView> {
    return this.changeLine.changeQuantity(ownerOrNew(caller), skuId, quantity);
  }

  removeItem(caller: CartCaller, skuId: string): Promise<CartView> {
    return this.changeLine.remove(ownerOrNew(caller), skuId);
  }

  mergeGuestCart(user: AuthenticatedUser, id: string): Promise<MergedCartView> {
    return this.mergeCase.execute(user.userId, guestCartId(id));
  }

  checkOut(user: AuthenticatedUser, request: CheckOutRequest): Promise<CheckOutView> {
    return this.checkOutCase.execute({
      caller: user,
      skuIds: request.sku_ids,
      addressId: request.address_id,
      couponId: request.coupon_id,
      idempotencyKey: request.idempotency_key,
      acceptPriceChanges: request.accept_price_changes,
    });
  }
}
