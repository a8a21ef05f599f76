import request from 'supertest';
import { payThroughSandbox } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

interface Line {
  sku_id: string;
  quantity: number;
}

/** An order the suite places, and what happens to it next. */
interface Planned {
  user: string;
  items: Line[];
  pay: boolean;
  cancel: boolean;
}

// Several SKUs, some orders paid, some cancelled before or after payment, one left unpaid.
const PLAN: Planned[] = [
  {
    user: 'test2',
    items: [
      { sku_id: 'T00100', quantity: 2 },
      { sku_id: 'T00101', quantity: 1 },
    ],
    pay: true,
    cancel: false,
  },
  {
    user: 'test3',
    items: [
      { sku_id: 'T00100', quantity: 1 },
      { sku_id: 'T00102', quantity: 3 },
    ],
    pay: true,
    cancel: false,
  },
  {
    user: 'test4',
    items: [
      { sku_id: 'T00101', quantity: 4 },
      { sku_id: 'T00102', quantity: 1 },
    ],
    pay: true,
    cancel: true,
  },
  { user: 'test5', items: [{ sku_id: 'T00103', quantity: 5 }], pay: false, cancel: false },
  {
    user: 'test2',
    items: [
      { sku_id: 'T00103', quantity: 2 },
      { sku_id: 'T00100', quantity: 1 },
    ],
    pay: true,
    cancel: false,
  },
  {
    user: 'test3',
    items: [
      { sku_id: 'T00104', quantity: 1 },
      { sku_id: 'T00100', quantity: 2 },
    ],
    pay: false,
    cancel: true,
  },
  { user: 'test4', items: [{ sku_id: 'T00105', quantity: 3 }], pay: true, cancel: false },
  {
    user: 'test5',
    items: [
      { sku_id: 'T00101', quantity: 2 },
      { sku_id: 'T00105', quantity: 1 },
    ],
    pay: true,
    cancel: false,
  },
];

function expectError(res: request.Response, status: number, message: RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, error: expect.any(String), message: expect.stringMatching(message) },
  });
}

/**
 * The rankings through the REST edge, against whichever topology `shop()` runs: the suite places
 * the orders of PLAN, pays and cancels them as it says, and checks best sellers, trending and
 * bought together against figures computed here from the same orders (paid and not cancelled
 * count; a cancellation takes a paid order back).
 */
export function rankingApiSuite(name: string, shop: () => ShopUnderTest): void {
  describe(`ranking API (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();
    let productOf = new Map<string, number>();

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

    /** Units per product of the orders that count, most first, ties by product id. */
    function expectedBestSellers(): { product_id: number; units: number }[] {
      const units = new Map<number, number>();
      for (const o of PLAN.filter((p) => p.pay && !p.cancel))
        for (const line of o.items) {
          const product = productOf.get(line.sku_id)!;
          units.set(product, (units.get(product) ?? 0) + line.quantity);
        }
      return [...units]
        .map(([product_id, n]) => ({ product_id, units: n }))
        .sort((a, b) => b.units - a.units || a.product_id - b.product_id);
    }

    /** The other products in the counted orders that hold `productId`, by number of orders. */
    function expectedBoughtTogether(productId: number): { product_id: number; orders: number }[] {
      const orders = new Map<number, number>();
      for (const o of PLAN.filter((p) => p.pay && !p.cancel)) {
        const products = new Set(o.items.map((i) => productOf.get(i.sku_id)!));
        if (!products.has(productId)) continue;
        for (const other of products)
          if (other !== productId) orders.set(other, (orders.get(other) ?? 0) + 1);
      }
      return [...orders]
        .map(([product_id, n]) => ({ product_id, orders: n }))
        .sort((a, b) => b.orders - a.orders || a.product_id - b.product_id);
    }

    /** GETs `path` until its body's items equal `expected` (events arrive after the answers). */
    async function eventually(path: string, pick: (body: any) => unknown, expected: unknown) {
      const deadline = Date.now() + 30_000;
      let last: unknown;
      for (;;) {
        const res = await http().get(path).expect(200);
        last = pick(res.body);
        if (JSON.stringify(last) === JSON.stringify(expected) || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(last).toEqual(expected);
    }

    beforeAll(async () => {
      const products = (await http().get('/products').expect(200)).body as {
        skus: { sku_id: string; product_id: number }[];
      }[];
      productOf = new Map(products.flatMap((p) => p.skus.map((s) => [s.sku_id, s.product_id])));
      for (const planned of PLAN) {
        const auth = `Bearer ${await tokenOf(planned.user)}`;
        const placed = await http()
          .post('/orders')
          .set('authorization', auth)
          .send({ items: planned.items });
        expect(placed.status).toBe(201);
        const id = placed.body.order_id as number;
        if (planned.pay) await payThroughSandbox(http, await tokenOf(planned.user), id);
        if (planned.cancel)
          expect(
            (await http().post(`/orders/${id}/cancel`).set('authorization', auth)).body.status,
          ).toBe('CANCELLED');
      }
    }, 60_000);

    it('ranks best sellers by units paid, cancellations taken back, the same today, this week and all time', async () => {
      const expected = expectedBestSellers();
      const ranked = expected.map((e, i) => ({
        rank: i + 1,
        product_id: e.product_id,
        category_id: null,
        units: e.units,
      }));
      await eventually('/rankings/best-sellers?period=all&page_size=100', (b) => b.items, ranked);
      for (const period of ['day', 'week', 'all']) {
        const res = await http()
          .get(`/rankings/best-sellers?period=${period}&page_size=100`)
          .expect(200);
        expect(res.body).toMatchObject({
          period,
          page_num: 1,
          page_size: 100,
          total: expected.length,
          items: ranked,
        });
      }
      const today = new Date().toISOString().slice(0, 10);
      const day = (await http().get('/rankings/best-sellers?period=day').expect(200)).body;
      expect([day.from, day.to]).toEqual([today, today]);
      const all = (await http().get('/rankings/best-sellers').expect(200)).body;
      expect(all).toMatchObject({ period: 'all', from: null, to: null, page_size: 10 });
    });

    it('pages the ranking: ranks continue across pages, the total is the whole ranking', async () => {
      const expected = expectedBestSellers();
      await eventually('/rankings/best-sellers?page_size=100', (b) => b.total, expected.length);
      const page2 = (await http().get('/rankings/best-sellers?page_num=2&page_size=2').expect(200))
        .body;
      expect(page2).toMatchObject({ page_num: 2, page_size: 2, total: expected.length });
      expect(
        page2.items.map((i: { rank: number; product_id: number }) => [i.rank, i.product_id]),
      ).toEqual(expected.slice(2, 4).map((e, i) => [i + 3, e.product_id]));
      const beyond = (await http().get('/rankings/best-sellers?page_num=50').expect(200)).body;
      expect(beyond).toMatchObject({ total: expected.length, items: [] });
    });

    it('filters by category: every product is uncategorised until the catalog says otherwise', async () => {
      const expected = expectedBestSellers();
      await eventually(
        '/rankings/best-sellers?category_id=uncategorised&page_size=100',
        (b) =>
          b.items.map((i: { product_id: number; units: number }) => ({
            product_id: i.product_id,
            units: i.units,
          })),
        expected,
      );
      const none = (await http().get('/rankings/best-sellers?category_id=7').expect(200)).body;
      expect(none).toMatchObject({ total: 0, items: [] });
    });

    it('recommends what was bought together with a product, from paid orders not cancelled', async () => {
      const first = productOf.get('T00100')!;
      const expected = expectedBoughtTogether(first).map((e, i) => ({ rank: i + 1, ...e }));
      expect(expected.length).toBeGreaterThan(1);
      await eventually(
        `/products/${first}/bought-together?page_size=100`,
        (b) => b.items,
        expected,
      );
      const page = (
        await http().get(`/products/${first}/bought-together?page_size=1&page_num=2`).expect(200)
      ).body;
      expect(page).toEqual({
        product_id: first,
        page_num: 2,
        page_size: 1,
        total: expected.length,
        items: [expected[1]],
      });
      // The cancelled order held T00101 and T00102 together; no counted order did.
      const t101 = productOf.get('T00101')!;
      const together101 = expectedBoughtTogether(t101);
      await eventually(
        `/products/${t101}/bought-together?page_size=100`,
        (b) =>
          b.items.map((i: { product_id: number; orders: number }) => ({
            product_id: i.product_id,
            orders: i.orders,
          })),
        together101,
      );
      expect(together101.map((t) => t.product_id)).not.toContain(productOf.get('T00102'));
    });

    it('lists trending products by growth over yesterday (nothing sold yesterday: growth = units)', async () => {
      const expected = expectedBestSellers().map((e, i) => ({
        rank: i + 1,
        product_id: e.product_id,
        category_id: null,
        units: e.units,
        previous_units: 0,
        growth: e.units,
      }));
      await eventually('/rankings/trending?period=day&page_size=100', (b) => b.items, expected);
      const week = (await http().get('/rankings/trending?period=week&page_size=100').expect(200))
        .body;
      expect(week).toMatchObject({ period: 'week', total: expected.length, items: expected });
    });

    it('refuses bad query parameters with 400 naming the field, and needs no token', async () => {
      expectError(await http().get('/rankings/best-sellers?period=month'), 400, /period/);
      expectError(await http().get('/rankings/trending?period=all'), 400, /period/);
      expectError(await http().get('/rankings/best-sellers?page_size=0'), 400, /page_size/);
      expectError(await http().get('/rankings/best-sellers?page_size=101'), 400, /page_size/);
      expectError(await http().get('/rankings/best-sellers?page_num=abc'), 400, /page_num/);
      expectError(await http().get('/rankings/best-sellers?category_id=-1'), 400, /category_id/);
      expectError(await http().get('/rankings/best-sellers?sort=units'), 400, /sort/);
      expectError(await http().get('/products/abc/bought-together'), 400, /id/);
      expectError(await http().get('/products/0/bought-together'), 400, /id/);
      await http()
        .get('/rankings/best-sellers')
        .set('authorization', 'Bearer not.a.token')
        .expect(200);
    });
  });
}
