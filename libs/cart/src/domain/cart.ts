import { checkSkuLines } from '@nestmall/ports/catalog';
import { ConflictError, InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';

/** Whose cart: a buyer's (from the access token) or a guest's (an opaque random cart id). */
export type CartOwner = { kind: 'user'; userId: number } | { kind: 'guest'; cartId: string };

/** The store's key of a cart: `user:<id>` or `guest:<cart id>`. */
export function ownerKey(owner: CartOwner): string {
  return owner.kind === 'user' ? `user:${owner.userId}` : `guest:${owner.cartId}`;
}

/** A guest cart id: 24 URL-safe characters (18 random bytes, base64url). */
export const GUEST_CART_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export interface CartLimits {
  /** Lines at most (a cart checks out into one order, so the order's MAX_ITEMS). */
  maxLines: number;
  /** Units of one SKU at most (the order's MAX_QUANTITY). */
  maxQuantity: number;
}

export interface CartLine {
  skuId: string;
  quantity: number;
  /** The catalog price when the SKU was first put in the cart: shown beside the current price. */
  priceWhenAddedCents: number;
  addedAt: Date;
}

/** What a store keeps of a cart; `version` guards a save against a concurrent one. */
export interface CartSnapshot {
  owner: CartOwner;
  lines: CartLine[];
  /** 0: never saved. */
  version: number;
  /** The last orders checked out of this cart (a replayed checkout removes nothing twice). */
  checkedOutOrders: CheckedOutOrder[];
}

/** An order placed from a cart, with the Idempotency-Key of its checkout (if any). */
export interface CheckedOutOrder {
  orderId: number;
  key: string | null;
}

/** How many checked-out order ids a cart remembers. */
const REMEMBERED_ORDERS = 10;

export class CartLineNotFoundError extends NotFoundError {
  constructor(readonly skuId: string) {
    super(`sku ${skuId} is not in the cart`);
  }
}

export class CartFullError extends ConflictError {
  constructor(maxLines: number) {
    super(`the cart holds at most ${maxLines} lines`);
  }
}

export class CartQuantityLimitError extends ConflictError {
  constructor(skuId: string, wanted: number, maxQuantity: number) {
    super(`quantity of ${skuId} would be ${wanted}, at most ${maxQuantity}`);
  }
}

export class EmptyCartError extends ConflictError {
  constructor() {
    super('the cart is empty: nothing to check out');
  }
}

/** Another request saved the cart between this one's load and save: load again and retry. */
export class CartChangedConcurrentlyError extends ConflictError {
  constructor() {
    super('the cart was changed by another request; try again');
  }
}

/**
 * A SKU code and a whole quantity from 1 to the limit (the rule of every SKU line, from the
 * catalog). @throws InvalidArgumentError naming the line
 */
export function checkCartLine(skuId: string, quantity: number, limits: CartLimits): void {
  checkSkuLines([{ skuId, quantity }], { maxQuantity: limits.maxQuantity });
}

/** What merging a guest cart did not take whole. */
export interface MergeOutcome {
  /** SKUs of the guest cart whose units were added (all, or up to the cap). */
  merged: string[];
  /** How many units were added in all. */
  units: number;
  /** SKUs whose summed quantity was capped at maxQuantity. */
  capped: string[];
  /** SKUs left out because the cart was full. */
  dropped: string[];
}

/**
 * A buyer's or a guest's cart: lines of SKUs with the price each had when added. It owns the
 * limits (lines, units per line) and what a merge and a checkout do to it; stores load and save
 * it with an optimistic guard on `version`.
 */
export class Cart {
  private constructor(
    private readonly state: CartSnapshot,
    private readonly limits: CartLimits,
  ) {}

  static empty(owner: CartOwner, limits: CartLimits): Cart {
    return new Cart({ owner, lines: [], version: 0, checkedOutOrders: [] }, limits);
  }

  static restore(snapshot: CartSnapshot, limits: CartLimits): Cart {
    return new Cart(
      {
        ...snapshot,
        lines: snapshot.lines.map((l) => ({ ...l })),
        checkedOutOrders: [...snapshot.checkedOutOrders],
      },
      limits,
    );
  }

  get owner(): CartOwner {
    return this.state.owner;
  }

  get version(): number {
    return this.state.version;
  }

  get lines(): readonly CartLine[] {
    return this.state.lines;
  }

  snapshot(): CartSnapshot {
    return Cart.restore(this.state, this.limits).state;
  }

  /**
   * `quantity` more units of `skuId` at the catalog's `priceCents`; a SKU already in the cart keeps
   * the price it was first added at (so a change shows).
   * @throws InvalidArgumentError, CartFullError, CartQuantityLimitError
   */
  add(skuId: string, quantity: number, priceCents: number, now: Date): void {
    this.checkLine(skuId, quantity);
    const line = this.find(skuId);
    if (line) {
      const wanted = line.quantity + quantity;
      if (wanted > this.limits.maxQuantity)
        throw new CartQuantityLimitError(skuId, wanted, this.limits.maxQuantity);
      line.quantity = wanted;
      return;
    }
    if (this.state.lines.length >= this.limits.maxLines)
      throw new CartFullError(this.limits.maxLines);
    this.state.lines.push({ skuId, quantity, priceWhenAddedCents: priceCents, addedAt: now });
  }

  /** @throws CartLineNotFoundError, InvalidArgumentError */
  changeQuantity(skuId: string, quantity: number): void {
    this.checkLine(skuId, quantity);
    this.line(skuId).quantity = quantity;
  }

  /** @throws CartLineNotFoundError */
  remove(skuId: string): void {
    this.line(skuId);
    this.state.lines = this.state.lines.filter((l) => l.skuId !== skuId);
  }

  /**
   * Takes a guest cart's lines: quantities of a SKU in both are added (capped at maxQuantity), a
   * SKU only in the guest cart comes with its price when added, while there is room.
   */
  absorb(guest: Cart): MergeOutcome {
    const outcome: MergeOutcome = { merged: [], units: 0, capped: [], dropped: [] };
    for (const incoming of guest.lines) {
      const line = this.find(incoming.skuId);
      if (line) {
        const sum = line.quantity + incoming.quantity;
        if (sum > this.limits.maxQuantity) outcome.capped.push(incoming.skuId);
        const quantity = Math.min(sum, this.limits.maxQuantity);
        if (quantity > line.quantity) outcome.merged.push(incoming.skuId);
        outcome.units += quantity - line.quantity;
        line.quantity = quantity;
      } else if (this.state.lines.length < this.limits.maxLines) {
        this.state.lines.push({ ...incoming });
        outcome.merged.push(incoming.skuId);
        outcome.units += incoming.quantity;
      } else {
        outcome.dropped.push(incoming.skuId);
      }
    }
    return outcome;
  }

  /**
   * The lines to check out: those of `skuIds`, or every line.
   * @throws EmptyCartError, CartLineNotFoundError, InvalidArgumentError (a SKU named twice)
   */
  select(skuIds?: readonly string[]): CartLine[] {
    if (this.state.lines.length === 0) throw new EmptyCartError();
    if (!skuIds || skuIds.length === 0) return this.state.lines.map((l) => ({ ...l }));
    if (new Set(skuIds).size !== skuIds.length)
      throw new InvalidArgumentError('sku_ids must name each SKU once');
    return skuIds.map((skuId) => ({ ...this.line(skuId) }));
  }

  /** The order an earlier checkout with Idempotency-Key `key` placed, if this cart remembers it. */
  orderCheckedOutWith(key: string): number | undefined {
    return this.state.checkedOutOrders.find((o) => o.key === key)?.orderId;
  }

  /**
   * Order `orderId` was placed from `ordered`: those units leave the cart (units added since by
   * another device stay). The same order again (a replayed checkout) changes nothing.
   */
  checkedOut(
    orderId: number,
    ordered: readonly { skuId: string; quantity: number }[],
    key: string | null = null,
  ): void {
    if (this.state.checkedOutOrders.some((o) => o.orderId === orderId)) return;
    for (const { skuId, quantity } of ordered) {
      const line = this.find(skuId);
      if (line) line.quantity -= quantity;
    }
    this.state.lines = this.state.lines.filter((l) => l.quantity > 0);
    this.state.checkedOutOrders = [...this.state.checkedOutOrders, { orderId, key }].slice(
      -REMEMBERED_ORDERS,
    );
  }

  private checkLine(skuId: string, quantity: number): void {
    checkCartLine(skuId, quantity, this.limits);
  }

  private find(skuId: string): CartLine | undefined {
    return this.state.lines.find((l) => l.skuId === skuId);
  }

  private line(skuId: string): CartLine {
    const line = this.find(skuId);
    if (!line) throw new CartLineNotFoundError(skuId);
    return line;
  }
}

export class CartPricesChangedError extends ConflictError {
  constructor(readonly changes: { skuId: string; fromCents: number; toCents: number }[]) {
    super(
      `prices changed since added: ${changes
        .map((c) => `${c.skuId} ${c.fromCents} -> ${c.toCents} cents`)
        .join(', ')}; check out with accept_price_changes to order at the current prices`,
    );
  }
}

/**
 * A checkout never applies a changed price silently: unless the buyer accepted the current
 * prices, a line whose price changed since it was added stops it.
 * @throws CartPricesChangedError naming each changed line
 */
export function checkPricesAccepted(
  lines: readonly CartLine[],
  currentCents: (skuId: string) => number | undefined,
  accepted: boolean,
): void {
  if (accepted) return;
  const changes = lines.flatMap((l) => {
    const now = currentCents(l.skuId);
    return now === undefined || now === l.priceWhenAddedCents
      ? []
      : [{ skuId: l.skuId, fromCents: l.priceWhenAddedCents, toCents: now }];
  });
  if (changes.length > 0) throw new CartPricesChangedError(changes);
}
