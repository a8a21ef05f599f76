import { Injectable, Logger } from '@nestjs/common';
import { AccessTokenVerifier } from '@nestmall/platform';
import { GuestCartAtLogIn, type GuestCartMergeView } from '@nestmall/users';
import { guestCartId } from '../../application/cart-caller.js';
import { CartClient } from '../../client/cart.client.js';

/**
 * The users context's log-in routes hand the guest cart (X-Cart-Id) here with the new access
 * token: the same merge as POST /cart/merge, through whichever CartClient the app binds. A guest
 * cart that cannot be merged leaves the log-in alone: the answer says why, and it is logged.
 */
@Injectable()
export class CartGuestCartAtLogIn extends GuestCartAtLogIn {
  private readonly logger = new Logger('GuestCartAtLogIn');

  constructor(
    private readonly cart: CartClient,
    private readonly tokens: AccessTokenVerifier,
  ) {
    super();
  }

  async merge(accessToken: string, cartId: string): Promise<GuestCartMergeView> {
    try {
      const user = await this.tokens.verify(accessToken);
      const { merge } = await this.cart.mergeGuestCart(user, guestCartId(cartId));
      return { ...merge, ignored: null };
    } catch (error) {
      const reason = (error as Error).message;
      this.logger.warn(`the guest cart was not merged at log-in: ${reason}`);
      return { merged: [], units: 0, capped: [], dropped: [], ignored: reason };
    }
  }
}
