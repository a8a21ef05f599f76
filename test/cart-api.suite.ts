import * as grpc from '@grpc/grpc-js';
import request from 'supertest';
import { CART_PROTO } from '@nestmall/cart';
import type { TestDatabase } from './support/databases.js';
import { serviceClient, unary } from './support/grpc.js';
import type { ShopUnderTest } from './support/shop.js';
import { clientCredentials } from './support/tls.js';

type Http = ReturnType<typeof request>;

interface CartLine {
  sku_id: string;
  quantity: number;
  price_when_added_cents: number;
  current_price_cents: number | null;
  price_changed: boolean;
  available: number;
  in_stock: boolean;
}

interface Cart {
  cart_id: string | null;
  lines: CartLine[];
  total_quantity: number;
  price_changed: boolean;
}

export interface CartSuiteTarget {
  shop: () => ShopUnderTest;
  /** The database holding the catalog (to change a price, which no route does yet). */
  catalogDatabase: () => TestDatabase;
  /** Where CartService answers gRPC (the monolith's port, or the cart-service's). */
  cartGrpcUrl: () => string;
  /** Stops the service that holds the carts and starts it again on the same store. */
  restartCartService: () => Promise<void>;
}

/**
 * The cart through the REST edge and CartService over gRPC, against whichever topology serves
 * it. Each test uses its own buyers and SKUs (buyers test1..test9; SKUs as each test says), so
 * they do not depend on each other's carts.
 */
export function cartApiSuite(name: string, target: CartSuiteTarget): void {
  describe(`cart API (${name})`, () => {
    const http = (): Http => request(target.shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();

    async function tokenOf(user: string): Promise<string> {
      if (!tokens.has(user)) {
        const res = await http()
          .post('/auth/login')
          .send({ user_name: user, password: '123456' })
          .expect(200);
        tokens.set(user, res.body.access_token);
      }
      return tokens.get(user)!;
    }

    async function add(user: string, sku: string, quantity: number): Promise<request.Response> {
      return http()
        .post('/cart/items')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send({ sku_id: sku, quantity });
    }

    async function cartOf(user: string): Promise<Cart> {
      const res = await http()
        .get('/cart')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .expect(200);
      return res.body as Cart;
    }

    /** [sku, quantity] of each line, by SKU (lines added in one second may list either way). */
    const quantities = (cart: Cart) =>
      cart.lines.map((l) => [l.sku_id, l.quantity]).sort((a, b) => (a[0] < b[0] ? -1 : 1));

    it('keeps a guest cart under the id its first add answers', async () => {
      const first = await http()
        .post('/cart/items')
        .send({ sku_id: 'T00100', quantity: 2 })
        .expect(200);
      const cartId = first.body.cart_id as string;
      expect(cartId).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(first.headers['x-cart-id']).toBe(cartId);
      await http()
        .post('/cart/items')
        .set('x-cart-id', cartId)
        .send({ sku_id: 'T00101', quantity: 1 })
        .expect(200);
      await http()
        .put('/cart/items/T00100')
        .set('x-cart-id', cartId)
        .send({ quantity: 5 })
        .expect(200);
      const listed = await http().get('/cart').set('x-cart-id', cartId).expect(200);
      expect(listed.body).toMatchObject({ cart_id: cartId, total_quantity: 6 });
      expect(quantities(listed.body)).toEqual([
        ['T00100', 5],
        ['T00101', 1],
      ]);
      expect(listed.body.lines[0]).toMatchObject({
        title: expect.any(String),
        price_when_added_cents: 1990,
        current_price_cents: 1990,
        price_changed: false,
        on_shelf: true,
        available: 100,
        in_stock: true,
      });
      await http().delete('/cart/items/T00101').set('x-cart-id', cartId).expect(200);
      expect(quantities((await http().get('/cart').set('x-cart-id', cartId)).body)).toEqual([
        ['T00100', 5],
      ]);
    });

    it('refuses bad input with a 4xx naming the field', async () => {
      const bad = [
        await http().post('/cart/items').send({ sku_id: 'T00100', quantity: 0 }),
        await http().post('/cart/items').send({ sku_id: 't-1', quantity: 1 }),
        await http().get('/cart').set('x-cart-id', 'not-a-cart'),
        await http().post('/cart/items').send({ sku_id: 'T00100', quantity: 100 }),
      ];
      expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400]);
      expect(bad.map((r) => r.body.message)).toEqual([
        expect.stringMatching(/quantity/),
        expect.stringMatching(/sku_id/),
        expect.stringMatching(/X-Cart-Id/),
        expect.stringMatching(/quantity/),
      ]);
      const none = await http().get('/cart').expect(200);
      expect(none.body).toMatchObject({ cart_id: null, lines: [] });
      expect((await http().delete('/cart/items/T00100')).status).toBe(404);
      expect((await add('test1', 'NOSUCHSKU', 1)).status).toBe(404);
      const full = await add('test1', 'T00102', 99);
      expect(full.status).toBe(200);
      const over = await add('test1', 'T00102', 1);
      expect(over.status).toBe(409);
      expect(over.body.message).toMatch(/T00102 would be 100, at most 99/);
    });

    it('loses nothing when two devices add to one cart at once (50 adds of 1)', async () => {
      await tokenOf('test2');
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => add('test2', 'T00103', 1)),
      );
      expect(answers.filter((a) => a.status !== 200).map((a) => a.body.message)).toEqual([]);
      expect(quantities(await cartOf('test2'))).toEqual([['T00103', 50]]);
    });

    it('shows a price that changed since the line was added, and checkout asks first', async () => {
      await add('test3', 'T00104', 1).then((r) => expect(r.status).toBe(200));
      const db = target.catalogDatabase();
      await db.execute(
        "UPDATE catalog_sku SET price_cents = price_cents + 100 WHERE sku_id = 'T00104'",
      );
      try {
        const cart = await cartOf('test3');
        expect(cart.price_changed).toBe(true);
        const line = cart.lines[0];
        expect(line.current_price_cents).toBe(line.price_when_added_cents + 100);
        const refused = await http()
          .post('/cart/checkout')
          .set('authorization', `Bearer ${await tokenOf('test3')}`)
          .send({});
        expect(refused.status).toBe(409);
        expect(refused.body.message).toMatch(/T00104/);
        expect(quantities(await cartOf('test3'))).toEqual([['T00104', 1]]);
        const placed = await http()
          .post('/cart/checkout')
          .set('authorization', `Bearer ${await tokenOf('test3')}`)
          .send({ accept_price_changes: true })
          .expect(201);
        expect(placed.body.order.total_cents).toBe(line.current_price_cents! + 1000);
      } finally {
        await db.execute(
          "UPDATE catalog_sku SET price_cents = price_cents - 100 WHERE sku_id = 'T00104'",
        );
      }
    });

    it('checks out the selected lines as one order; they leave the cart, once', async () => {
      await add('test4', 'T00100', 2).then((r) => expect(r.status).toBe(200));
      await add('test4', 'T00105', 1).then((r) => expect(r.status).toBe(200));
      const checkOut = async () =>
        http()
          .post('/cart/checkout')
          .set('authorization', `Bearer ${await tokenOf('test4')}`)
          .set('idempotency-key', 'cart-e2e-test4')
          .send({ sku_ids: ['T00100'] });
      const first = await checkOut();
      expect(first.status).toBe(201);
      expect(first.body.order).toMatchObject({ status: 'CREATED', total_cents: 2 * 1990 + 1000 });
      expect(quantities(first.body.cart)).toEqual([['T00105', 1]]);
      const order = await http()
        .get(`/orders/${first.body.order.order_id}`)
        .set('authorization', `Bearer ${await tokenOf('test4')}`)
        .expect(200);
      expect(order.body.items).toEqual([
        expect.objectContaining({ sku_id: 'T00100', quantity: 2 }),
      ]);
      // Added again since: the replay (a lost answer) is the same order and removes nothing.
      await add('test4', 'T00100', 1).then((r) => expect(r.status).toBe(200));
      const replay = await checkOut();
      expect(replay.status).toBe(201);
      expect(replay.body.order.order_id).toBe(first.body.order.order_id);
      const orders = await http()
        .get('/orders')
        .set('authorization', `Bearer ${await tokenOf('test4')}`)
        .expect(200);
      expect(orders.body.total).toBe(1);
      expect(quantities(await cartOf('test4'))).toEqual([
        ['T00100', 1],
        ['T00105', 1],
      ]);
    });

    it('fails the checkout of a SKU sold out meanwhile, naming it, and leaves the cart unchanged', async () => {
      await add('test5', 'T00107', 2).then((r) => expect(r.status).toBe(200));
      await add('test5', 'T00100', 1).then((r) => expect(r.status).toBe(200));
      const before = await cartOf('test5');
      // Another buyer takes all but one unit.
      await http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf('test6')}`)
        .send({ items: [{ sku_id: 'T00107', quantity: 99 }] })
        .expect(201);
      const after = await cartOf('test5');
      expect(after.lines.find((l) => l.sku_id === 'T00107')).toMatchObject({
        available: 1,
        in_stock: false,
      });
      const refused = await http()
        .post('/cart/checkout')
        .set('authorization', `Bearer ${await tokenOf('test5')}`)
        .send({});
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/T00107/);
      expect(quantities(await cartOf('test5'))).toEqual(quantities(before));
    });

    it("merges a guest cart into the buyer's at login: quantities added, capped; the guest cart goes", async () => {
      const guest = await http()
        .post('/cart/items')
        .send({ sku_id: 'T00108', quantity: 60 })
        .expect(200);
      const cartId = guest.body.cart_id as string;
      await http()
        .post('/cart/items')
        .set('x-cart-id', cartId)
        .send({ sku_id: 'T00109', quantity: 1 })
        .expect(200);
      await add('test7', 'T00108', 50).then((r) => expect(r.status).toBe(200));
      const merged = await http()
        .post('/cart/merge')
        .set('authorization', `Bearer ${await tokenOf('test7')}`)
        .send({ cart_id: cartId })
        .expect(200);
      const merge = merged.body.merge as { merged: string[] };
      expect({ ...merge, merged: [...merge.merged].sort() }).toEqual({
        merged: ['T00108', 'T00109'],
        units: 49 + 1,
        capped: ['T00108'],
        dropped: [],
      });
      expect(quantities(merged.body)).toEqual([
        ['T00108', 99],
        ['T00109', 1],
      ]);
      const left = await http().get('/cart').set('x-cart-id', cartId).expect(200);
      expect(left.body.lines).toEqual([]);
      expect((await http().post('/cart/merge').send({ cart_id: cartId })).status).toBe(401);
    });

    it('merges the guest cart of X-Cart-Id at log-in, once; a bad one never fails the log-in', async () => {
      const userName = `cart_${Date.now().toString(36)}`;
      await http()
        .post('/users')
        .send({ user_name: userName, password: 'correct-horse-9', user_mobile: '13900139000' })
        .expect(201);
      const logIn = (cartId?: string, password = 'correct-horse-9') => {
        const req = http().post('/auth/login');
        if (cartId !== undefined) req.set('x-cart-id', cartId);
        return req.send({ user_name: userName, password });
      };
      const guest = await http()
        .post('/cart/items')
        .send({ sku_id: 'T00104', quantity: 2 })
        .expect(200);
      const cartId = guest.body.cart_id as string;

      // A wrong password merges nothing: the guest cart stays.
      expect((await logIn(cartId, 'wrong-horse-9')).status).toBe(401);
      const kept = await http().get('/cart').set('x-cart-id', cartId).expect(200);
      expect(quantities(kept.body)).toEqual([['T00104', 2]]);

      const first = await logIn(cartId).expect(200);
      expect(first.body).toMatchObject({ access_token: expect.any(String), token_type: 'Bearer' });
      expect(first.body.cart_merge).toEqual({
        merged: ['T00104'],
        units: 2,
        capped: [],
        dropped: [],
        ignored: null,
      });
      const mine = await http()
        .get('/cart')
        .set('authorization', `Bearer ${first.body.access_token}`)
        .expect(200);
      expect(quantities(mine.body)).toEqual([['T00104', 2]]);
      const gone = await http().get('/cart').set('x-cart-id', cartId).expect(200);
      expect(gone.body.lines).toEqual([]);

      // The same log-in again (a retry): nothing more is merged.
      const again = await logIn(cartId).expect(200);
      expect(again.body.cart_merge).toEqual({
        merged: [],
        units: 0,
        capped: [],
        dropped: [],
        ignored: null,
      });
      // A malformed id is ignored with the reason; no X-Cart-Id, no cart_merge.
      const bad = await logIn('not-a-cart').expect(200);
      expect(bad.body.access_token).toEqual(expect.any(String));
      expect(bad.body.cart_merge).toMatchObject({
        merged: [],
        ignored: expect.stringMatching(/X-Cart-Id/),
      });
      const plain = await logIn().expect(200);
      expect(plain.body.cart_merge).toBeUndefined();
      const after = await http()
        .get('/cart')
        .set('authorization', `Bearer ${plain.body.access_token}`)
        .expect(200);
      expect(quantities(after.body)).toEqual([['T00104', 2]]);
    });

    it("lets nobody read or change another buyer's cart over REST", async () => {
      await add('test8', 'T00101', 3).then((r) => expect(r.status).toBe(200));
      const guest = await http()
        .post('/cart/items')
        .send({ sku_id: 'T00102', quantity: 1 })
        .expect(200);
      // test9's token names test9's cart, whatever X-Cart-Id says.
      const other = await http()
        .get('/cart')
        .set('authorization', `Bearer ${await tokenOf('test9')}`)
        .set('x-cart-id', guest.body.cart_id)
        .expect(200);
      expect(other.body.lines).toEqual([]);
      await http()
        .delete('/cart/items/T00101')
        .set('authorization', `Bearer ${await tokenOf('test9')}`)
        .expect(404);
      expect(quantities(await cartOf('test8'))).toEqual([['T00101', 3]]);
      expect((await http().get('/cart').set('authorization', 'Bearer forged')).status).toBe(401);
    });

    it("lets nobody read or change another buyer's cart over gRPC", async () => {
      await add('test10', 'T00101', 4).then((r) => expect(r.status).toBe(200));
      const client = serviceClient(
        target.cartGrpcUrl(),
        CART_PROTO,
        'nestmall.cart.v1.CartService',
        clientCredentials('gateway'),
      );
      const as = async (user?: string) => {
        const metadata = new grpc.Metadata();
        if (user) metadata.set('authorization', `Bearer ${await tokenOf(user)}`);
        return metadata;
      };
      try {
        const own = await unary<object, Cart>(
          client,
          'GetCart',
          { cart_id: '' },
          await as('test10'),
        );
        expect(own.response?.lines.map((l) => [l.sku_id, l.quantity])).toEqual([['T00101', 4]]);
        const other = await unary<object, Cart>(client, 'GetCart', {}, await as('test11'));
        expect(other.response?.lines).toEqual([]);
        const removed = await unary(client, 'RemoveItem', { sku_id: 'T00101' }, await as('test11'));
        expect(removed.error?.code).toBe(grpc.status.NOT_FOUND);
        const anonymous = await unary<object, Cart>(client, 'GetCart', {});
        expect(anonymous.response?.lines).toEqual([]);
        const checkOut = await unary(client, 'CheckOut', {});
        expect(checkOut.error?.code).toBe(grpc.status.UNAUTHENTICATED);
        const forged = new grpc.Metadata();
        forged.set('authorization', 'Bearer forged');
        expect((await unary(client, 'GetCart', {}, forged)).error?.code).toBe(
          grpc.status.UNAUTHENTICATED,
        );
        expect(quantities(await cartOf('test10'))).toEqual([['T00101', 4]]);
      } finally {
        client.close();
      }
    });

    it('keeps carts across a restart of the service that holds them', async () => {
      await add('test12', 'T00106', 7).then((r) => expect(r.status).toBe(200));
      const guest = await http()
        .post('/cart/items')
        .send({ sku_id: 'T00106', quantity: 2 })
        .expect(200);
      await target.restartCartService();
      tokens.clear(); // the monolith restarts with new signing keys
      expect(quantities(await cartOf('test12'))).toEqual([['T00106', 7]]);
      const kept = await http().get('/cart').set('x-cart-id', guest.body.cart_id).expect(200);
      expect(quantities(kept.body)).toEqual([['T00106', 2]]);
    });
  });
}
