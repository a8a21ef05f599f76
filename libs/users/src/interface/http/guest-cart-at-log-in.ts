import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AccessTokenView } from '../../application/user-view.js';

/** What a log-in did with the guest cart its client passed in X-Cart-Id. */
export interface GuestCartMergeView {
  /** The guest cart's SKUs whose units went into the buyer's cart (all, or up to the cap). */
  merged: string[];
  units: number;
  capped: string[];
  dropped: string[];
  /** Why nothing was merged when the guest cart could not be (the log-in went ahead); else null. */
  ignored: string | null;
}

/**
 * The cart's part in a log-in at the REST edge: merge the guest cart into the new session's
 * buyer's cart. The cart context implements it (the users context calls no cart: the cart calls
 * the orders, which call the users) and binds it where it serves its REST routes; elsewhere
 * none is bound and X-Cart-Id is ignored.
 */
export abstract class GuestCartAtLogIn {
  /** Never throws: a guest cart that cannot be merged comes back `ignored`, with the reason. */
  abstract merge(accessToken: string, guestCartId: string): Promise<GuestCartMergeView>;
}

/** The session, with what became of the guest cart when the client passed one. */
export async function withGuestCart<T extends AccessTokenView>(
  session: T,
  guestCartId: string | undefined,
  carts: GuestCartAtLogIn | undefined,
): Promise<T & { cart_merge?: GuestCartMergeView }> {
  if (guestCartId === undefined || !carts) return session;
  return { ...session, cart_merge: await carts.merge(session.access_token, guestCartId) };
}

/** The optional X-Cart-Id request header of the log-in routes, documented once. */
export const MergesGuestCart = () =>
  applyDecorators(
    ApiHeader({
      name: 'X-Cart-Id',
      required: false,
      description:
        "A guest cart (the cart_id POST /cart/items answered): merged into the buyer's cart as " +
        'POST /cart/merge would, reported in cart_merge. One that cannot be merged (malformed, ' +
        'the cart unreachable) does not fail the log-in: cart_merge.ignored says why. An unknown ' +
        'or already merged one merges nothing, so a retried log-in is harmless.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{24}$' },
    }),
  );

/**
 * The X-Cart-Id header's value, if one was sent. (Nest's @Headers('x-cart-id') would also put a
 * second, required x-cart-id parameter in the OpenAPI document, which Swagger UI then insists on.)
 */
export const GuestCartHeader = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers['x-cart-id'];
    return typeof value === 'string' ? value : undefined;
  },
);
