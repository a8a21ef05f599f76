import {
  Cart,
  CartFullError,
  CartLineNotFoundError,
  CartPricesChangedError,
  CartQuantityLimitError,
  checkPricesAccepted,
  EmptyCartError,
} from './cart.js';

const LIMITS = { maxLines: 3, maxQuantity: 10 };
const NOW = new Date('2026-11-30T12:00:00Z');
const buyer = { kind: 'user', userId: 1 } as const;

function cartWith(...lines: [string, number, number?][]): Cart {
  const cart = Cart.empty(buyer, LIMITS);
  for (const [sku, quantity, price = 100] of lines) cart.add(sku, quantity, price, NOW);
  return cart;
}

const quantities = (cart: Cart) => cart.lines.map((l) => [l.skuId, l.quantity]);

describe('Cart', () => {
  it('adds units to a line, keeping the price it was first added at', () => {
    const cart = cartWith(['T00100', 2, 100]);
    cart.add('T00100', 3, 150, NOW);
    expect(cart.lines).toEqual([
      { skuId: 'T00100', quantity: 5, priceWhenAddedCents: 100, addedAt: NOW },
    ]);
  });

  it('holds at most maxLines lines and maxQuantity units a line', () => {
    const cart = cartWith(['A1', 10], ['A2', 1], ['A3', 1]);
    expect(() => cart.add('A4', 1, 100, NOW)).toThrow(CartFullError);
    expect(() => cart.add('A1', 1, 100, NOW)).toThrow(new CartQuantityLimitError('A1', 11, 10));
    expect(() => cart.changeQuantity('A2', 11)).toThrow(
      /quantity of A2 must be an integer from 1 to 10/,
    );
    expect(quantities(cart)).toEqual([
      ['A1', 10],
      ['A2', 1],
      ['A3', 1],
    ]);
  });

  it('refuses what is not a SKU line', () => {
    const cart = Cart.empty(buyer, LIMITS);
    expect(() => cart.add('t-1', 1, 100, NOW)).toThrow(/not a SKU code/);
    expect(() => cart.add('A1', 0, 100, NOW)).toThrow(/from 1 to 10/);
    expect(() => cart.add('A1', 1.5, 100, NOW)).toThrow(/from 1 to 10/);
  });

  it('changes and removes lines it has, and names the SKU it has not', () => {
    const cart = cartWith(['A1', 1], ['A2', 2]);
    cart.changeQuantity('A1', 7);
    cart.remove('A2');
    expect(quantities(cart)).toEqual([['A1', 7]]);
    expect(() => cart.remove('A2')).toThrow(new CartLineNotFoundError('A2'));
    expect(() => cart.changeQuantity('A9', 1)).toThrow(/sku A9 is not in the cart/);
  });

  it('absorbs a guest cart: quantities added and capped, lines past the limit left out', () => {
    const cart = cartWith(['A1', 8], ['A2', 1]);
    const guest = Cart.empty({ kind: 'guest', cartId: 'x'.repeat(24) }, LIMITS);
    guest.add('A1', 5, 90, NOW);
    guest.add('B1', 2, 90, NOW);
    guest.add('B2', 1, 90, NOW);
    expect(cart.absorb(guest)).toEqual({
      merged: ['A1', 'B1'],
      units: 2 + 2,
      capped: ['A1'],
      dropped: ['B2'],
    });
    expect(quantities(cart)).toEqual([
      ['A1', 10],
      ['A2', 1],
      ['B1', 2],
    ]);
    expect(cart.lines[2].priceWhenAddedCents).toBe(90);
  });

  it('selects every line, or the named ones, to check out', () => {
    const cart = cartWith(['A1', 1], ['A2', 2]);
    expect(cart.select().map((l) => l.skuId)).toEqual(['A1', 'A2']);
    expect(cart.select(['A2']).map((l) => l.skuId)).toEqual(['A2']);
    expect(() => cart.select(['A3'])).toThrow(CartLineNotFoundError);
    expect(() => cart.select(['A1', 'A1'])).toThrow(/each SKU once/);
    expect(() => Cart.empty(buyer, LIMITS).select()).toThrow(EmptyCartError);
  });

  it('lets the ordered units go once per order; units added since stay', () => {
    const cart = cartWith(['A1', 2], ['A2', 1]);
    const ordered = cart.select(['A1']);
    cart.add('A1', 3, 100, NOW); // another device, meanwhile
    cart.checkedOut(7, ordered, 'key-1');
    cart.checkedOut(7, ordered, 'key-1');
    expect(quantities(cart)).toEqual([
      ['A1', 3],
      ['A2', 1],
    ]);
    expect(cart.orderCheckedOutWith('key-1')).toBe(7);
    expect(cart.orderCheckedOutWith('key-2')).toBeUndefined();
  });

  it('remembers the last ten orders it was checked out into', () => {
    const cart = cartWith(['A1', 1]);
    for (let id = 1; id <= 12; id++) cart.checkedOut(id, [], `k${id}`);
    expect(cart.snapshot().checkedOutOrders.map((o) => o.orderId)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('gives a snapshot the cart cannot be changed through', () => {
    const cart = cartWith(['A1', 1]);
    cart.snapshot().lines[0].quantity = 9;
    expect(quantities(cart)).toEqual([['A1', 1]]);
  });
});

describe('checkPricesAccepted', () => {
  const lines = cartWith(['A1', 1, 100], ['A2', 1, 200]).lines;

  it('stops a checkout on a changed price, naming each change', () => {
    const now = (sku: string) => ({ A1: 120, A2: 200 })[sku];
    expect(() => checkPricesAccepted(lines, now, false)).toThrow(
      new CartPricesChangedError([{ skuId: 'A1', fromCents: 100, toCents: 120 }]),
    );
    expect(() => checkPricesAccepted(lines, now, true)).not.toThrow();
  });

  it('lets unchanged prices, and SKUs the catalog no longer has (place-order names them), through', () => {
    expect(() =>
      checkPricesAccepted(lines, (sku) => (sku === 'A1' ? 100 : undefined), false),
    ).not.toThrow();
  });
});
