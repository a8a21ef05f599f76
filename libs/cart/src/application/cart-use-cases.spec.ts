import { ConflictError, type AuthenticatedUser } from '@nestmall/ports/platform';
import {
  FakeCatalogClient,
  FakeInventoryClient,
  FakeOrdersClient,
  FakeUnitOfWork,
  InMemoryCarts,
  sku,
} from '@nestmall/testing';
import { AddToCart } from './add-to-cart.js';
import { CartChanges } from './cart-changes.js';
import { CartPricing } from './cart-views.js';
import { ChangeCartLine } from './change-cart-line.js';
import { CheckOutCart } from './check-out-cart.js';
import { MergeGuestCart } from './merge-guest-cart.js';
import { ViewCart } from './view-cart.js';

const buyer: AuthenticatedUser = { userId: 1, userName: 'test1', accessToken: 'token-1' };
const owner = { kind: 'user', userId: 1 } as const;

function setUp() {
  const carts = new InMemoryCarts();
  const catalog = new FakeCatalogClient([
    sku('T00100', 1990),
    sku('T00101', 2990),
    sku('T00109', 500, false),
  ]);
  const inventory = new FakeInventoryClient();
  inventory.ledgerRows = ['T00100', 'T00101'].map((s) => ({
    sku_id: s,
    available: 5,
    frozen: 0,
    sold: 0,
    total_in: 5,
  }));
  const orders = new FakeOrdersClient();
  const changes = new CartChanges(carts, new FakeUnitOfWork());
  const pricing = new CartPricing(catalog, inventory);
  return {
    carts,
    catalog,
    orders,
    add: new AddToCart(changes, pricing),
    view: new ViewCart(carts, pricing),
    merge: new MergeGuestCart(carts, changes, pricing),
    checkOut: new CheckOutCart(carts, changes, pricing, orders),
  };
}

const quantities = (lines: { sku_id: string; quantity: number }[]) =>
  lines.map((l) => [l.sku_id, l.quantity]);

describe('AddToCart', () => {
  it("makes a guest cart when there is none, at the catalog's price", async () => {
    const { add } = setUp();
    const cart = await add.execute({ owner: null, skuId: 'T00100', quantity: 2 });
    expect(cart.cart_id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(cart.lines[0]).toMatchObject({
      sku_id: 'T00100',
      quantity: 2,
      price_when_added_cents: 1990,
      available: 5,
      in_stock: true,
    });
  });

  it('refuses an unknown SKU and one off shelf', async () => {
    const { add } = setUp();
    await expect(add.execute({ owner, skuId: 'T00199', quantity: 1 })).rejects.toThrow(
      'sku T00199 not found',
    );
    await expect(add.execute({ owner, skuId: 'T00109', quantity: 1 })).rejects.toThrow(
      new ConflictError('sku T00109 is off shelf'),
    );
  });

  it('adds again on what another device saved in between, so both count', async () => {
    const { add, carts, view } = setUp();
    await add.execute({ owner, skuId: 'T00100', quantity: 1 });
    // Three other saves land between this add's load and its save: it loads again each time.
    let others = 3;
    const interfere = async () => {
      const other = await carts.load(owner);
      other.add('T00100', 1, 1990, new Date());
      await carts.save(other);
      if (--others > 0) carts.beforeSave = interfere;
    };
    carts.beforeSave = interfere;
    await add.execute({ owner, skuId: 'T00100', quantity: 1 });
    expect(quantities((await view.execute(owner)).lines)).toEqual([['T00100', 5]]);
  });
});

describe('CartChanges', () => {
  it('runs concurrent changes to one cart one after another in a process: none has to retry', async () => {
    const carts = new InMemoryCarts();
    const changes = new CartChanges(carts, new FakeUnitOfWork());
    const adds = Array.from({ length: 20 }, () =>
      changes.apply(owner, (c) => c.add('T00100', 1, 1990, new Date())),
    );
    const failing = changes.apply(owner, (c) => c.remove('T00199'));
    await Promise.all(adds);
    await expect(failing).rejects.toThrow('sku T00199 is not in the cart');
    expect((await carts.load(owner)).lines[0].quantity).toBe(20);
    expect(carts.saves).toBe(20);
  });
});

describe('ViewCart', () => {
  it('shows the current price beside the price when added, and the stock', async () => {
    const { add, view, catalog } = setUp();
    await add.execute({ owner, skuId: 'T00101', quantity: 6 });
    catalog.skus[1] = sku('T00101', 3190);
    const cart = await view.execute(owner);
    expect(cart).toMatchObject({
      cart_id: null,
      total_quantity: 6,
      subtotal_cents: 6 * 3190,
      price_changed: true,
    });
    expect(cart.lines[0]).toMatchObject({
      price_when_added_cents: 2990,
      current_price_cents: 3190,
      price_changed: true,
      available: 5,
      in_stock: false,
    });
  });
});

describe('a guest without a cart id', () => {
  it('has an empty cart, with no line to change', async () => {
    const { view, carts } = setUp();
    const changeLine = new ChangeCartLine(new CartChanges(carts, new FakeUnitOfWork()), null!);
    expect(await view.execute(null)).toEqual({
      cart_id: null,
      lines: [],
      total_quantity: 0,
      subtotal_cents: 0,
      price_changed: false,
    });
    await expect(changeLine.changeQuantity(null, 'T00100', 2)).rejects.toThrow(
      'sku T00100 is not in the cart',
    );
    await expect(changeLine.remove(null, 'T00100')).rejects.toThrow('not in the cart');
    expect(carts.saves).toBe(0);
  });
});

describe('MergeGuestCart', () => {
  it("adds the guest cart's lines to the buyer's and deletes it", async () => {
    const { add, merge, carts } = setUp();
    const guest = await add.execute({ owner: null, skuId: 'T00100', quantity: 2 });
    await add.execute({ owner, skuId: 'T00100', quantity: 1 });
    const merged = await merge.execute(1, guest.cart_id!);
    expect(quantities(merged.lines)).toEqual([['T00100', 3]]);
    expect(merged.merge).toEqual({ merged: ['T00100'], units: 2, capped: [], dropped: [] });
    expect(carts.saved.has(`guest:${guest.cart_id}`)).toBe(false);
    // Again: the guest cart is gone, nothing more is added.
    const again = await merge.execute(1, guest.cart_id!);
    expect(quantities(again.lines)).toEqual([['T00100', 3]]);
    expect(again.merge).toEqual({ merged: [], units: 0, capped: [], dropped: [] });
  });
});

describe('CheckOutCart', () => {
  it('places the selected lines as one order and lets them go; a replay is the same order', async () => {
    const { add, checkOut, orders } = setUp();
    await add.execute({ owner, skuId: 'T00100', quantity: 2 });
    await add.execute({ owner, skuId: 'T00101', quantity: 1 });
    const input = { caller: buyer, skuIds: ['T00100'], addressId: 4, idempotencyKey: 'k1' };
    const first = await checkOut.execute(input);
    expect(orders.placed.map((p) => p.request)).toEqual([
      { items: [{ sku_id: 'T00100', quantity: 2 }], idempotency_key: 'k1', address_id: 4 },
    ]);
    expect(first.order).toEqual({ order_id: 1, status: 'CREATED', total_cents: 200 });
    expect(quantities(first.cart.lines)).toEqual([['T00101', 1]]);
    const replay = await checkOut.execute(input);
    expect(replay.order.order_id).toBe(1);
    expect(orders.placed).toHaveLength(1);
    expect(quantities(replay.cart.lines)).toEqual([['T00101', 1]]);
  });

  it('leaves the cart as it was when placing the order fails', async () => {
    const { add, checkOut, orders, view } = setUp();
    await add.execute({ owner, skuId: 'T00100', quantity: 2 });
    orders.fail = new ConflictError('not enough stock for T00100: 1 available, 2 wanted');
    await expect(checkOut.execute({ caller: buyer })).rejects.toThrow(/T00100/);
    expect(quantities((await view.execute(owner)).lines)).toEqual([['T00100', 2]]);
  });

  it('asks before ordering at a price that changed since a line was added', async () => {
    const { add, checkOut, orders, catalog } = setUp();
    await add.execute({ owner, skuId: 'T00100', quantity: 1 });
    catalog.skus[0] = sku('T00100', 2190);
    await expect(checkOut.execute({ caller: buyer })).rejects.toThrow(/T00100 1990 -> 2190 cents/);
    expect(orders.placed).toHaveLength(0);
    await checkOut.execute({ caller: buyer, acceptPriceChanges: true });
    expect(orders.placed).toHaveLength(1);
  });

  it('refuses an empty cart', async () => {
    const { checkOut } = setUp();
    await expect(checkOut.execute({ caller: buyer })).rejects.toThrow(/the cart is empty/);
  });
});
