import * as grpc from '@grpc/grpc-js';
import request from 'supertest';
import { DEMO_STAFF_PASSWORD } from '@nestmall/admin';
import { MARKETING_PROTO } from '@nestmall/marketing';
import type { TestDatabase } from './support/databases.js';
import { serviceClient, unary } from './support/grpc.js';
import type { ShopUnderTest } from './support/shop.js';
import { clientCredentials } from './support/tls.js';

type Http = ReturnType<typeof request>;

function expectError(res: request.Response, status: number, message?: string | RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, error: expect.any(String), message: expect.any(String) },
  });
  if (message) expect(res.body.message).toMatch(message);
}

function countStatuses(answers: request.Response[]): Record<number, number> {
  return answers.reduce<Record<number, number>>(
    (acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }),
    {},
  );
}

/** The concurrency figures, on the test's output (the notes quote them). */
function report(figure: string): void {
  process.stdout.write(`[marketing figures] ${figure}\n`);
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Coupons, red packets and orders that use coupons through the REST edge, against whichever
 * topology `shop()` runs; `database()` is the database holding the marketing tables (to count
 * rows behind the answers); `marketingGrpcUrl()` serves nestmall.marketing.v1.MarketingService.
 * Each order test uses its own SKUs.
 */
export function marketingApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  database: () => TestDatabase,
  marketingGrpcUrl: () => string,
): void {
  describe(`marketing API (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();

    async function tokenOf(user: string, password = '123456'): Promise<string> {
      if (!tokens.has(user)) {
        const res = await http().post('/auth/login').send({ user_name: user, password });
        expect(res.status).toBe(200);
        tokens.set(user, res.body.access_token);
      }
      return tokens.get(user)!;
    }

    /** A demo staff member's access token (merch: a merchandiser, with promotion:write). */
    async function staffToken(who: 'merch' | 'support' | 'admin' = 'merch'): Promise<string> {
      const key = `staff:${who}`;
      if (!tokens.has(key)) {
        const res = await http()
          .post('/admin/auth/login')
          .send({ email: `${who}@nestmall.example`, password: DEMO_STAFF_PASSWORD });
        expect(res.status).toBe(200);
        tokens.set(key, res.body.access_token);
      }
      return tokens.get(key)!;
    }
    const staffPost = async (path: string, body: object, who: 'merch' | 'support' = 'merch') =>
      http()
        .post(path)
        .set('authorization', `Bearer ${await staffToken(who)}`)
        .send(body);

    const demoUsers = Array.from({ length: 15 }, (_, i) => `test${i + 1}`);

    async function createTemplate(terms: Record<string, unknown>) {
      return staffPost('/admin/coupon-templates', {
        name: 'ten off',
        kind: 'AMOUNT_OFF',
        amount_off_cents: 1000,
        valid_from: new Date(Date.now() - 60_000).toISOString(),
        valid_until: new Date(Date.now() + YEAR_MS).toISOString(),
        total_quantity: 100,
        ...terms,
      });
    }

    async function claim(user: string, templateId: number) {
      return http()
        .post(`/coupon-templates/${templateId}/claim`)
        .set('authorization', `Bearer ${await tokenOf(user)}`);
    }

    it('keeps the staff routes to staff with promotion:write: 401 without a staff token, 403 without the permission', async () => {
      const routes: [string, object][] = [
        ['/admin/coupon-templates', { name: 'x', kind: 'AMOUNT_OFF', amount_off_cents: 1 }],
        ['/admin/sku-discounts', { name: 'x', sku_id: 'T00104', percent_off: 10 }],
        ['/admin/spend-and-save', { name: 'x', every_cents: 10000, off_cents: 100 }],
        ['/admin/red-packets', { total_cents: 100, shares: 2 }],
      ];
      const buyer = `Bearer ${await tokenOf('test1')}`;
      for (const [path, body] of routes) {
        expectError(await http().post(path).send(body), 401);
        // A buyer's token is no staff token (other keys, other audience).
        expectError(await http().post(path).set('authorization', buyer).send(body), 401);
        // The shared machine secret opens no staff route.
        expectError(
          await http().post(path).set('x-admin-token', shop().adminToken).send(body),
          401,
        );
        expectError(
          await staffPost(path, body, 'support'),
          403,
          'this needs the promotion:write permission (role support)',
        );
      }
    });

    it('checks the forwarded staff token and promotion:write again on the gRPC methods, whoever calls', async () => {
      const withToken = (token: string) => {
        const metadata = new grpc.Metadata();
        metadata.set('authorization', `Bearer ${token}`);
        return metadata;
      };
      const clients = (['gateway', 'order-service'] as const).map((caller) =>
        serviceClient(
          marketingGrpcUrl(),
          MARKETING_PROTO,
          'nestmall.marketing.v1.MarketingService',
          clientCredentials(caller),
        ),
      );
      const [asGateway, asOrders] = clients;
      try {
        const packet = { total_cents: 300, shares: 3 };
        const none = await unary(asGateway, 'CreateRedPacket', packet);
        expect(none.error?.code).toBe(grpc.status.UNAUTHENTICATED);
        const buyer = withToken(await tokenOf('test1'));
        const asBuyer = await unary(asGateway, 'CreateRedPacket', packet, buyer);
        expect(asBuyer.error?.code).toBe(grpc.status.UNAUTHENTICATED);
        const support = withToken(await staffToken('support'));
        for (const method of [
          'CreateCouponTemplate',
          'CreateSkuDiscount',
          'CreateSpendAndSave',
          'CreateRedPacket',
          'EditPromotion',
          'EndPromotion',
        ]) {
          const denied = await unary(asGateway, method, {}, support);
          expect(denied.error?.code).toBe(grpc.status.PERMISSION_DENIED);
          expect(denied.error?.details).toMatch('promotion:write');
        }
        // Not the caller's certificate but the staff token decides.
        const merch = withToken(await staffToken('merch'));
        const created = await unary<object, { total_cents: number; shares: number }>(
          asOrders,
          'CreateRedPacket',
          packet,
          merch,
        );
        expect(created.response).toMatchObject(packet);
      } finally {
        clients.forEach((c) => c.close());
      }
    });

    it('lets staff with promotion:write create coupon templates, refusing bad terms by field', async () => {
      expectError(
        await http()
          .post('/admin/coupon-templates')
          .send({ name: 'x', kind: 'AMOUNT_OFF', amount_off_cents: 1 }),
        401,
      );
      expectError(
        await createTemplate({ kind: 'PERCENT_OFF', percent_off: 150 }),
        400,
        /percent_off/,
      );
      expectError(await createTemplate({ valid_until: 'tomorrow' }), 400, /valid_until/);
      expectError(
        await createTemplate({ valid_until: new Date(Date.now() - YEAR_MS).toISOString() }),
        400,
        /valid_until must be after valid_from/,
      );
      expectError(await createTemplate({ total_quantity: 0 }), 400, /total_quantity/);
      expectError(
        await createTemplate({ kind: 'PERCENT_OFF', percent_off: 10 }),
        400,
        /amount_off_cents/,
      );

      const created = await createTemplate({
        name: '15% off 50.00',
        kind: 'PERCENT_OFF',
        amount_off_cents: 0,
        percent_off: 15,
        min_spend_cents: 5000,
        per_user_limit: 2,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        template_id: expect.any(Number),
        name: '15% off 50.00',
        kind: 'PERCENT_OFF',
        percent_off: 15,
        min_spend_cents: 5000,
        total_quantity: 100,
        per_user_limit: 2,
        claimed: 0,
      });
      const read = await http().get(`/coupon-templates/${created.body.template_id}`).expect(200);
      expect(read.body).toEqual(created.body);
      expectError(await http().get('/coupon-templates/999999'), 404, /999999/);
      expectError(await http().get('/coupon-templates/abc'), 400, /id/);
    });

    it('lets a buyer claim a coupon (user from the token) and list it as AVAILABLE', async () => {
      const template = (await createTemplate({ name: 'for test2' })).body;
      expectError(await http().post(`/coupon-templates/${template.template_id}/claim`), 401);
      const claimed = await claim('test2', template.template_id);
      expect(claimed.status).toBe(201);
      expect(claimed.body).toMatchObject({
        coupon_id: expect.any(Number),
        template_id: template.template_id,
        user_id: 2,
        status: 'AVAILABLE',
        template: { template_id: template.template_id, amount_off_cents: 1000 },
      });
      const mine = await http()
        .get('/coupons')
        .set('authorization', `Bearer ${await tokenOf('test2')}`)
        .expect(200);
      expect(mine.body.map((c: { coupon_id: number }) => c.coupon_id)).toContain(
        claimed.body.coupon_id,
      );
      // The default per-user limit is one.
      expectError(await claim('test2', template.template_id), 409, /limit per user/);
      expectError(await claim('test2', 999999), 404, /999999/);
    });

    it('refuses a claim outside the validity window', async () => {
      const later = (
        await createTemplate({
          valid_from: new Date(Date.now() + YEAR_MS).toISOString(),
          valid_until: new Date(Date.now() + 2 * YEAR_MS).toISOString(),
        })
      ).body;
      expectError(await claim('test3', later.template_id), 409, /not valid now/);
    });

    it('hands out exactly 100 coupons to 1,000 concurrent claims of a batch of 100', async () => {
      for (const user of demoUsers) await tokenOf(user); // one argon2 verification at a time
      const template = (await createTemplate({ name: 'batch of 100', per_user_limit: 100 })).body;
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          claim(demoUsers[i % demoUsers.length], template.template_id),
        ),
      );
      const statuses = countStatuses(answers);
      report(
        `${name}: 1,000 concurrent claims of a batch of 100 -> ${JSON.stringify(statuses)} in ${Date.now() - started} ms`,
      );
      const odd = answers.find((a) => a.status >= 500);
      if (odd) report(`${name}: first 5xx answer: ${JSON.stringify(odd.body)}`);
      expect(statuses).toEqual({ 201: 100, 409: 900 });
      for (const refused of answers.filter((a) => a.status === 409))
        expect(refused.body.message).toMatch(/no coupon left/);
      const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.coupon_id));
      expect(ids.size).toBe(100);
      expect(
        (await http().get(`/coupon-templates/${template.template_id}`).expect(200)).body.claimed,
      ).toBe(100);
      const [rows] = await database().query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM marketing_coupon WHERE template_id = ?',
        [template.template_id],
      );
      expect(Number(rows.n)).toBe(100);
    }, 180_000);

    it('holds the per-user limit under 60 concurrent claims by one buyer', async () => {
      const template = (
        await createTemplate({ name: 'three each', total_quantity: 1000, per_user_limit: 3 })
      ).body;
      const answers = await Promise.all(
        Array.from({ length: 60 }, () => claim('test4', template.template_id)),
      );
      const statuses = countStatuses(answers);
      report(`${name}: 60 concurrent claims by one buyer, limit 3 -> ${JSON.stringify(statuses)}`);
      expect(statuses).toEqual({ 201: 3, 409: 57 });
      const [rows] = await database().query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM marketing_coupon WHERE template_id = ? AND user_id = 4',
        [template.template_id],
      );
      expect(Number(rows.n)).toBe(3);
    }, 60_000);

    it('splits a red packet of 100.00 among 30 claimers: exactly 100.00 under 200 concurrent claims', async () => {
      expectError(
        await http().post('/admin/red-packets').send({ total_cents: 10000, shares: 30 }),
        401,
      );
      expectError(
        await staffPost('/admin/red-packets', { total_cents: 10, shares: 30 }),
        400,
        /total_cents/,
      );
      expectError(
        await staffPost('/admin/red-packets', { total_cents: 10000, shares: 0 }),
        400,
        /shares/,
      );
      const created = await staffPost('/admin/red-packets', { total_cents: 10000, shares: 30 });
      expect(created.status).toBe(201);
      const packet = created.body;
      expect(packet).toMatchObject({ total_cents: 10000, shares: 30, claimed_shares: 0 });

      // 40 buyers (30 shares): the 15 demo users and 25 registered here, 5 claims each.
      const suffix = Math.random().toString(36).slice(2, 8);
      const buyers = [...demoUsers];
      for (let i = 0; i < 25; i++) {
        const user = `rp_${suffix}_${i}`;
        await http()
          .post('/users')
          .send({ user_name: user, password: 'red-packet-buyer-42', user_mobile: '13800138000' })
          .expect(201);
        await tokenOf(user, 'red-packet-buyer-42');
        buyers.push(user);
      }
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 200 }, async (_, i) =>
          http()
            .post(`/red-packets/${packet.red_packet_id}/claim`)
            .set('authorization', `Bearer ${await tokenOf(buyers[i % buyers.length])}`),
        ),
      );
      const statuses = countStatuses(answers);
      const shares = answers.filter((a) => a.status === 201).map((a) => a.body);
      const sum = shares.reduce((s, a: { amount_cents: number }) => s + a.amount_cents, 0);
      report(
        `${name}: red packet 10000 cents / 30 shares, 200 concurrent claims by 40 buyers -> ${JSON.stringify(statuses)}, sum ${sum} cents, shares ${Math.min(...shares.map((s) => s.amount_cents))}..${Math.max(...shares.map((s) => s.amount_cents))} cents, ${Date.now() - started} ms`,
      );
      expect(statuses).toEqual({ 201: 30, 409: 170 });
      expect(sum).toBe(10000);
      expect(new Set(shares.map((s: { user_id: number }) => s.user_id)).size).toBe(30);
      expect(shares.every((s: { amount_cents: number }) => s.amount_cents >= 1)).toBe(true);
      const after = await http().get(`/red-packets/${packet.red_packet_id}`).expect(200);
      expect(after.body).toMatchObject({ claimed_shares: 30, claimed_cents: 10000 });
      const [rows] = await database().query<{ n: number; cents: number }>(
        'SELECT COUNT(*) AS n, SUM(amount_cents) AS cents FROM marketing_red_packet_share WHERE red_packet_id = ? AND user_id IS NOT NULL',
        [packet.red_packet_id],
      );
      expect([Number(rows.n), Number(rows.cents)]).toEqual([30, 10000]);
      expectError(await http().get('/red-packets/999999'), 404, /999999/);
    }, 180_000);

    it('gives one buyer one share of a red packet', async () => {
      const packet = (await staffPost('/admin/red-packets', { total_cents: 500, shares: 5 })).body;
      const claimOnce = async () =>
        http()
          .post(`/red-packets/${packet.red_packet_id}/claim`)
          .set('authorization', `Bearer ${await tokenOf('test5')}`);
      const first = await claimOnce();
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ red_packet_id: packet.red_packet_id, user_id: 5 });
      expectError(await claimOnce(), 409, /already claimed/);
    });

    async function order(
      user: string,
      items: { sku_id: string; quantity: number }[],
      couponId?: number,
    ) {
      return http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .send({ items, ...(couponId ? { coupon_id: couponId } : {}) });
    }

    async function couponStatus(user: string, couponId: number): Promise<string> {
      const mine = await http()
        .get('/coupons')
        .set('authorization', `Bearer ${await tokenOf(user)}`)
        .expect(200);
      return mine.body.find((c: { coupon_id: number }) => c.coupon_id === couponId).status;
    }

    it('prices an order with a coupon and shows the breakdown on it; a coupon is used once', async () => {
      const template = (await createTemplate({ name: '10.00 off 30.00', min_spend_cents: 3000 }))
        .body;
      const coupon = (await claim('test6', template.template_id)).body;
      const placed = await order('test6', [{ sku_id: 'T00100', quantity: 2 }], coupon.coupon_id);
      expect(placed.status).toBe(201);
      const breakdown = {
        status: 'CREATED',
        subtotal_cents: 3980,
        discounts: [
          {
            kind: 'COUPON',
            source_id: coupon.coupon_id,
            label: '10.00 off 30.00',
            sku_id: null,
            amount_cents: 1000,
          },
        ],
        discount_cents: 1000,
        coupon_id: coupon.coupon_id,
        shipping_cents: 1000,
        total_cents: 3980,
      };
      expect(placed.body).toMatchObject(breakdown);
      const read = await http()
        .get(`/orders/${placed.body.order_id}`)
        .set('authorization', `Bearer ${await tokenOf('test6')}`)
        .expect(200);
      expect(read.body).toMatchObject(breakdown);
      expect(await couponStatus('test6', coupon.coupon_id)).toBe('USED');

      expectError(
        await order('test6', [{ sku_id: 'T00100', quantity: 1 }], coupon.coupon_id),
        409,
        /is used/,
      );
      expectError(await order('test7', [{ sku_id: 'T00100', quantity: 1 }], coupon.coupon_id), 404);
      const zero = await http()
        .post('/orders')
        .set('authorization', `Bearer ${await tokenOf('test6')}`)
        .send({ items: [{ sku_id: 'T00100', quantity: 1 }], coupon_id: 0 });
      expectError(zero, 400, /coupon_id/);
      const plain = await order('test6', [{ sku_id: 'T00100', quantity: 1 }]);
      expect(plain.body).toMatchObject({ discounts: [], discount_cents: 0, coupon_id: null });
    });

    it('gives the coupon back when its order is cancelled (OrderCancelled, heard by marketing)', async () => {
      const template = (await createTemplate({ name: 'back on cancel' })).body;
      const coupon = (await claim('test9', template.template_id)).body;
      const placed = await order('test9', [{ sku_id: 'T00105', quantity: 1 }], coupon.coupon_id);
      expect(placed.status).toBe(201);
      expect(await couponStatus('test9', coupon.coupon_id)).toBe('USED');
      await http()
        .post(`/orders/${placed.body.order_id}/cancel`)
        .set('authorization', `Bearer ${await tokenOf('test9')}`)
        .expect(200);
      const deadline = Date.now() + 15_000;
      while ((await couponStatus('test9', coupon.coupon_id)) !== 'AVAILABLE') {
        if (Date.now() > deadline) throw new Error('the coupon did not come back');
        await new Promise((r) => setTimeout(r, 100));
      }
      // And it pays for the next order.
      const again = await order('test9', [{ sku_id: 'T00105', quantity: 1 }], coupon.coupon_id);
      expect(again.status).toBe(201);
      expect(await couponStatus('test9', coupon.coupon_id)).toBe('USED');
    });

    it('never burns the coupon of an order that fails (no stock, under its minimum spend)', async () => {
      const template = (await createTemplate({ name: 'for failures', per_user_limit: 2 })).body;
      const first = (await claim('test7', template.template_id)).body;
      expect((await order('test7', [{ sku_id: 'T00102', quantity: 99 }])).status).toBe(201);
      expectError(
        await order('test7', [{ sku_id: 'T00102', quantity: 2 }], first.coupon_id),
        409,
        /not enough stock/,
      );
      expect(await couponStatus('test7', first.coupon_id)).toBe('AVAILABLE');

      const picky = (await createTemplate({ name: 'big spenders', min_spend_cents: 1_000_000 }))
        .body;
      const second = (await claim('test7', picky.template_id)).body;
      expectError(
        await order('test7', [{ sku_id: 'T00103', quantity: 1 }], second.coupon_id),
        409,
        /at least 1000000 cents/,
      );
      expect(await couponStatus('test7', second.coupon_id)).toBe('AVAILABLE');
      const stock = await http().get('/skus/T00103/stock').expect(200);
      expect(stock.body).toMatchObject({ available: 100, frozen: 0, sold: 0 });

      // The coupon the failed order held still pays for the next one.
      const placed = await order('test7', [{ sku_id: 'T00102', quantity: 1 }], first.coupon_id);
      expect(placed.status).toBe(201);
      expect(await couponStatus('test7', first.coupon_id)).toBe('USED');
    });

    it('burns exactly the coupons of the created orders: 300 concurrent orders on stock 100', async () => {
      for (const user of demoUsers) await tokenOf(user);
      const template = (
        await createTemplate({ name: 'burst', total_quantity: 300, per_user_limit: 20 })
      ).body;
      const coupons: { user: string; couponId: number }[] = [];
      for (const user of demoUsers) {
        const claimed = await Promise.all(
          Array.from({ length: 20 }, () => claim(user, template.template_id)),
        );
        for (const c of claimed) {
          expect(c.status).toBe(201);
          coupons.push({ user, couponId: c.body.coupon_id });
        }
      }
      expect(coupons).toHaveLength(300);
      const started = Date.now();
      const answers = await Promise.all(
        coupons.map((c) => order(c.user, [{ sku_id: 'T00109', quantity: 1 }], c.couponId)),
      );
      const statuses = countStatuses(answers);
      const used = answers.filter((a) => a.status === 201).map((a) => a.body.coupon_id as number);
      const rows = await database().query<{ coupon_id: number; status: string }>(
        'SELECT coupon_id, status FROM marketing_coupon WHERE template_id = ?',
        [template.template_id],
      );
      const byStatus = (status: string) =>
        rows
          .filter((r) => r.status === status)
          .map((r) => Number(r.coupon_id))
          .sort((a, b) => a - b);
      report(
        `${name}: 300 concurrent orders with 300 coupons on stock 100 -> ${JSON.stringify(statuses)}, coupons USED ${byStatus('USED').length}, AVAILABLE ${byStatus('AVAILABLE').length}, LOCKED ${byStatus('LOCKED').length}, ${Date.now() - started} ms`,
      );
      expect(statuses).toEqual({ 201: 100, 409: 200 });
      expect(byStatus('USED')).toEqual([...used].sort((a, b) => a - b));
      expect(byStatus('AVAILABLE')).toHaveLength(200);
      expect(byStatus('LOCKED')).toEqual([]);
      for (const a of answers.filter((x) => x.status === 201)) {
        expect(a.body.discount_cents).toBe(1000);
        expect(a.body.total_cents).toBe(a.body.subtotal_cents - 1000 + a.body.shipping_cents);
      }
      const stock = await http().get('/skus/T00109/stock').expect(200);
      expect(stock.body).toMatchObject({ available: 0, frozen: 0, sold: 100 });
    }, 240_000);

    // Last: a spend-and-save rule applies to every order placed after it.
    it('prices SKU discounts, then spend-and-save, then the coupon, shown on the order', async () => {
      const window = {
        valid_from: new Date(Date.now() - 60_000).toISOString(),
        valid_until: new Date(Date.now() + YEAR_MS).toISOString(),
      };
      expectError(
        await http().post('/admin/sku-discounts').send({ name: 'x', sku_id: 'T00104' }),
        401,
      );
      expectError(
        await staffPost('/admin/sku-discounts', {
          name: 'x',
          sku_id: 'T00104',
          percent_off: 0,
          ...window,
        }),
        400,
        /percent_off/,
      );
      expectError(
        await staffPost('/admin/spend-and-save', {
          name: 'x',
          every_cents: 100,
          off_cents: 100,
          ...window,
        }),
        400,
        /off_cents/,
      );
      const discount = await staffPost('/admin/sku-discounts', {
        name: 'T00104 week',
        sku_id: 'T00104',
        percent_off: 10,
        ...window,
      });
      expect(discount.status).toBe(201);
      expect(discount.body).toMatchObject({ discount_id: expect.any(Number), percent_off: 10 });
      const rule = await staffPost('/admin/spend-and-save', {
        name: '50.00 off every 500.00',
        every_cents: 50000,
        off_cents: 5000,
        ...window,
      });
      expect(rule.status).toBe(201);
      const template = (
        await createTemplate({
          name: '15% off',
          kind: 'PERCENT_OFF',
          amount_off_cents: 0,
          percent_off: 15,
        })
      ).body;
      const coupon = (await claim('test8', template.template_id)).body;

      const products = (await http().get('/products').expect(200)).body as {
        skus: { sku_id: string; price_cents: number }[];
      }[];
      const price = products.flatMap((p) => p.skus).find((k) => k.sku_id === 'T00104')!.price_cents;
      const quantity = Math.min(99, Math.ceil(60000 / price));
      const placed = await order('test8', [{ sku_id: 'T00104', quantity }], coupon.coupon_id);
      expect(placed.status).toBe(201);

      // The rules by hand: each on what the one before left, percentages rounded down.
      const subtotal = price * quantity;
      const sku = Math.floor((subtotal * 10) / 100);
      const save = Math.floor((subtotal - sku) / 50000) * 5000;
      const off = Math.floor(((subtotal - sku - save) * 15) / 100);
      const goods = subtotal - sku - save - off;
      const shipping = goods >= 9900 ? 0 : 1000;
      expect(placed.body).toMatchObject({
        subtotal_cents: subtotal,
        discounts: [
          {
            kind: 'SKU_DISCOUNT',
            source_id: discount.body.discount_id,
            sku_id: 'T00104',
            amount_cents: sku,
          },
          {
            kind: 'SPEND_AND_SAVE',
            source_id: rule.body.rule_id,
            sku_id: null,
            amount_cents: save,
          },
          { kind: 'COUPON', source_id: coupon.coupon_id, label: '15% off', amount_cents: off },
        ],
        discount_cents: sku + save + off,
        shipping_cents: shipping,
        total_cents: goods + shipping,
      });
      expect(save).toBeGreaterThan(0);
      const read = await http()
        .get(`/orders/${placed.body.order_id}`)
        .set('authorization', `Bearer ${await tokenOf('test8')}`)
        .expect(200);
      expect(read.body.discounts).toEqual(placed.body.discounts);

      // Ended early, the discount prices no later order: the order's pricing reads a cached
      // calendar of the promotions, and ending one invalidates it.
      await http()
        .post(`/admin/promotions/sku_discount/${discount.body.discount_id}/end`)
        .set('authorization', `Bearer ${await staffToken('merch')}`)
        .expect(200);
      const after = await order('test8', [{ sku_id: 'T00104', quantity: 1 }]);
      expect(after.status).toBe(201);
      expect(after.body.discounts).not.toContainEqual(
        expect.objectContaining({ source_id: discount.body.discount_id, kind: 'SKU_DISCOUNT' }),
      );
    });

    it('lists, reads, edits and ends promotions by the rules of their status, each change audited', async () => {
      const now = Date.now();
      const running = {
        valid_from: new Date(now - 60_000).toISOString(),
        valid_until: new Date(now + YEAR_MS).toISOString(),
      };
      const later = {
        valid_from: new Date(now + YEAR_MS).toISOString(),
        valid_until: new Date(now + 2 * YEAR_MS).toISOString(),
      };
      const sku = `P${now.toString(36).toUpperCase()}`;
      const discount = (
        await staffPost('/admin/sku-discounts', {
          name: 'running',
          sku_id: sku,
          percent_off: 10,
          ...running,
        })
      ).body.discount_id as number;
      const rule = (
        await staffPost('/admin/spend-and-save', {
          name: 'later',
          every_cents: 20000,
          off_cents: 1000,
          ...later,
        })
      ).body.rule_id as number;
      const batch = (await createTemplate({ name: 'managed batch', total_quantity: 5 })).body
        .template_id as number;
      expect((await claim('test9', batch)).status).toBe(201);

      const as = async (who: 'merch' | 'support' | 'admin') => ({
        authorization: `Bearer ${await staffToken(who)}`,
      });
      const patch = async (path: string, body: object, who: 'merch' | 'support' = 'merch') =>
        http()
          .patch(`/admin/promotions/${path}`)
          .set(await as(who))
          .send(body);
      const end = async (path: string, who: 'merch' | 'support' = 'merch') =>
        http()
          .post(`/admin/promotions/${path}/end`)
          .set(await as(who));

      // Any staff member reads; promotion:write changes.
      expectError(await http().get('/admin/promotions?kind=sku_discount'), 401);
      const listed = await http()
        .get('/admin/promotions')
        .query({ kind: 'sku_discount', status: 'active', page_size: 100 })
        .set(await as('support'))
        .expect(200);
      expect(listed.body).toMatchObject({ page_num: 1, page_size: 100 });
      expect(listed.body.items).toContainEqual({
        kind: 'sku_discount',
        id: discount,
        name: 'running',
        status: 'active',
        sku_id: sku,
        percent_off: 10,
        valid_from: running.valid_from,
        valid_until: running.valid_until,
      });
      const ruleIds = async (status: string) =>
        (
          await http()
            .get('/admin/promotions')
            .query({ kind: 'spend_and_save', status, page_size: 100 })
            .set(await as('support'))
            .expect(200)
        ).body.items.map((p: { id: number }) => p.id);
      expect(await ruleIds('scheduled')).toContain(rule);
      expect(await ruleIds('active')).not.toContain(rule);
      for (const query of [{}, { kind: 'red_packet' }, { kind: 'sku_discount', status: 'soon' }])
        expectError(
          await http()
            .get('/admin/promotions')
            .query(query)
            .set(await as('support')),
          400,
          Object.keys(query).length === 2 ? /status/ : /kind/,
        );
      expect(
        (
          await http()
            .get(`/admin/promotions/coupon_batch/${batch}`)
            .set(await as('support'))
            .expect(200)
        ).body,
      ).toMatchObject({ kind: 'coupon_batch', id: batch, status: 'active', claimed: 1 });
      expectError(
        await http()
          .get('/admin/promotions/sku_discount/2147483647')
          .set(await as('support')),
        404,
        'sku_discount 2147483647 not found',
      );
      expectError(await patch(`sku_discount/${discount}`, { name: 'x' }, 'support'), 403);
      expectError(await end(`sku_discount/${discount}`, 'support'), 403, /promotion:write/);

      // Running: the discount and the start are fixed; the name and the end may move.
      expectError(
        await patch(`sku_discount/${discount}`, { percent_off: 20 }),
        409,
        /percent_off cannot change/,
      );
      expectError(
        await patch(`sku_discount/${discount}`, { every_cents: 100 }),
        400,
        'every_cents is not a field of a sku_discount',
      );
      expectError(
        await patch(`sku_discount/${discount}`, {
          valid_until: new Date(now - 1000).toISOString(),
        }),
        400,
        /valid_until/,
      );
      const extended = new Date(now + 2 * YEAR_MS).toISOString();
      expect(
        (await patch(`sku_discount/${discount}`, { name: 'extended', valid_until: extended })).body,
      ).toMatchObject({ name: 'extended', valid_until: extended, percent_off: 10 });
      expectError(
        await patch(`coupon_batch/${batch}`, { amount_off_cents: 1 }),
        409,
        /amount_off_cents cannot change/,
      );
      expect((await patch(`coupon_batch/${batch}`, { total_quantity: 3 })).body).toMatchObject({
        total_quantity: 3,
        claimed: 1,
      });

      // Scheduled: anything of its kind; ended early, it never runs and changes no more.
      expect((await patch(`spend_and_save/${rule}`, { off_cents: 2000 })).body).toMatchObject({
        status: 'scheduled',
        off_cents: 2000,
      });
      const ended = await end(`spend_and_save/${rule}`);
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ status: 'ended' });
      expectError(await end(`spend_and_save/${rule}`), 409, /ended at/);
      expectError(await patch(`spend_and_save/${rule}`, { name: 'again' }), 409, /ended at/);

      // Ending a batch ends its claims too.
      expect((await end(`coupon_batch/${batch}`)).body).toMatchObject({ status: 'ended' });
      expectError(await claim('test10', batch), 409, /not valid now/);

      // Every change reaches the audit log (MarketingChanged through the outbox): wait for it.
      type Entry = {
        action: string;
        entity_id: string;
        actor_email: string;
        before: any;
        after: any;
      };
      // Ids are per kind (another test's batch may have this discount's id): match both.
      const ids: Record<string, string> = {
        sku_discount: String(discount),
        spend_and_save: String(rule),
        coupon_batch: String(batch),
      };
      const mine = (e: Entry) => ids[e.action.split('.')[0]] === e.entity_id;
      let entries: Entry[] = [];
      for (let i = 0; i < 150 && entries.length < 8; i++) {
        const res = await http()
          .get('/admin/audit')
          .query({ kind: 'marketing', page_size: 100 })
          .set(await as('admin'))
          .expect(200);
        entries = (res.body.entries as Entry[]).filter(mine);
        if (entries.length < 8) await new Promise((r) => setTimeout(r, 100));
      }
      expect(entries.map((e) => e.action).sort()).toEqual([
        'coupon_batch.create',
        'coupon_batch.edit',
        'coupon_batch.end',
        'sku_discount.create',
        'sku_discount.edit',
        'spend_and_save.create',
        'spend_and_save.edit',
        'spend_and_save.end',
      ]);
      const edit = entries.find((e) => e.action === 'sku_discount.edit')!;
      expect(edit).toMatchObject({
        actor_email: 'merch@nestmall.example',
        before: { name: 'running', valid_until: running.valid_until },
        after: { name: 'extended', valid_until: extended },
      });
      expect(entries.find((e) => e.action === 'sku_discount.create')).toMatchObject({
        before: null,
        after: { id: discount, percent_off: 10 },
      });
      // The kind filter keeps other kinds out.
      const stock = await http()
        .get('/admin/audit')
        .query({ kind: 'stock', entity_type: 'sku_discount' })
        .set(await as('admin'))
        .expect(200);
      expect(stock.body).toMatchObject({ entries: [], total: 0 });
    });
  });
}
