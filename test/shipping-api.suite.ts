import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { signCarrierBody } from '@nestmall/thirdparty';
import { eventually, payThroughSandbox } from './support/payment-sandbox.js';
import { behave, type ThirdpartySandboxes } from './support/sandboxes.js';
import type { ShopUnderTest } from './support/shop.js';

const PASSWORD = 'correct-horse-9';
const STAFF_PASSWORD = 'staff-demo-2026';
const ADDRESS = {
  recipient: '张三',
  mobile: '13800138000',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  street: '科技园南区 1 栋 101',
  postal_code: '518057',
};

/**
 * The order's shipping (issue 13 parts 4 and 5) and the third-party providers through the REST
 * edge, against the real sandbox carrier, identity and payment providers (HTTP processes): staff
 * ship a PAID order (order:ship), the carrier failing, timing out and coming back (its circuit
 * opens: 503 naming it; and closes), its signed tracking webhooks (forged: 401; replayed:
 * changed=false) on the order's timeline, receipt by the buyer and automatically after delivery
 * (the shop runs with ORDER_AUTO_RECEIVE_AFTER_MS of 2 s), and a buyer's identity verification.
 * The shop must run with THIRDPARTY_TIMEOUT_MS=300, THIRDPARTY_ATTEMPTS=2,
 * THIRDPARTY_BREAK_AFTER=4 and THIRDPARTY_HALF_OPEN_AFTER_MS=1500.
 */
export function shippingApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  sandboxes: () => ThirdpartySandboxes,
): void {
  describe(`shipping and third parties (${name})`, () => {
    const http = () => request(shop().http as Parameters<typeof request>[0]);
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    let buyer: string;
    let addressId: number;
    const staff = new Map<string, string>();

    async function staffToken(email: string): Promise<string> {
      if (!staff.has(email)) {
        const res = await http()
          .post('/admin/auth/login')
          .send({ email, password: STAFF_PASSWORD })
          .expect(200);
        staff.set(email, res.body.access_token);
      }
      return staff.get(email)!;
    }

    /** A PAID order of the buyer's, shipping to the saved address. */
    async function paidOrder(): Promise<number> {
      const placed = await http()
        .post('/orders')
        .set(as(buyer))
        .send({ items: [{ sku_id: 'T00105', quantity: 1 }], address_id: addressId })
        .expect(201);
      await payThroughSandbox(http, buyer, placed.body.order_id);
      return placed.body.order_id;
    }

    const ship = async (orderId: number) =>
      http()
        .post(`/admin/orders/${orderId}/ship`)
        .set(as(await staffToken('admin@nestmall.example')));

    const timeline = async (orderId: number) =>
      (await http().get(`/orders/${orderId}/timeline`).set(as(buyer)).expect(200)).body.entries as {
        kind: string;
        status: string | null;
        cause: string;
        detail: string | null;
      }[];

    const carrierApi = () => sandboxes().carrier.api;

    beforeAll(async () => {
      const userName = `ship_${randomBytes(4).toString('hex')}`;
      await http()
        .post('/users')
        .send({ user_name: userName, password: PASSWORD, user_mobile: '13900139000' })
        .expect(201);
      const session = await http()
        .post('/auth/login')
        .send({ user_name: userName, password: PASSWORD })
        .expect(200);
      buyer = session.body.access_token;
      const address = await http()
        .post('/users/me/addresses')
        .set(as(buyer))
        .send(ADDRESS)
        .expect(201);
      addressId = address.body.address_id;
    });

    it('lets only staff with order:ship ship, and only a PAID order', async () => {
      const orderId = await paidOrder();
      await http().post(`/admin/orders/${orderId}/ship`).expect(401);
      await http().post(`/admin/orders/${orderId}/ship`).set(as(buyer)).expect(401);
      const support = await staffToken('support@nestmall.example');
      const refused = await http()
        .post(`/admin/orders/${orderId}/ship`)
        .set(as(support))
        .expect(403);
      expect(refused.body.message).toMatch(/order:ship/);
      await http().post('/admin/orders/abc/ship').set(as(support)).expect(403);
      const unpaid = await http()
        .post('/orders')
        .set(as(buyer))
        .send({ items: [{ sku_id: 'T00105', quantity: 1 }], address_id: addressId })
        .expect(201);
      const conflict = await ship(unpaid.body.order_id);
      expect(conflict.status).toBe(409);
      expect(conflict.body.message).toMatch(/CREATED/);
    });

    it('ships -> signed tracking webhooks -> delivered -> received automatically', async () => {
      const orderId = await paidOrder();
      const shipped = await ship(orderId);
      expect(shipped.status).toBe(200);
      expect(shipped.body.status).toBe('SHIPPED');
      const shipment = (await timeline(orderId)).find((e) => e.kind === 'shipment')!;
      expect(shipment.detail).toMatch(/^sandbox-express SX[A-Z0-9]+$/);
      const trackingNumber = shipment.detail!.split(' ')[1];
      // The same order again: 409, and the carrier kept one shipment for it.
      expect((await ship(orderId)).status).toBe(409);

      // The parcel moves; the carrier POSTs each event to the shop's webhook, signed.
      for (const status of ['IN_TRANSIT', 'DELIVERED']) {
        const moved = await fetch(`${carrierApi()}/admin/shipments/${trackingNumber}/events`, {
          method: 'POST',
          body: JSON.stringify({ status, note: `${status.toLowerCase()} note` }),
        });
        expect(moved.status).toBe(201);
      }
      await eventually(
        async () => (await timeline(orderId)).some((e) => e.cause === 'DELIVERED'),
        'the DELIVERED event on the timeline',
      );
      // Received without the buyer: ORDER_AUTO_RECEIVE_AFTER_MS (2 s) after the delivery.
      await eventually(
        async () =>
          (await http().get(`/orders/${orderId}`).set(as(buyer))).body.status === 'RECEIVED',
        'the automatic receipt',
      );
      const entries = await timeline(orderId);
      expect(entries.map((e) => `${e.kind}:${e.status ?? e.cause}`).slice(-5)).toEqual([
        'status:SHIPPED',
        'shipment:OrderShipped',
        'tracking:IN_TRANSIT',
        'tracking:DELIVERED',
        'status:RECEIVED',
      ]);
      expect(entries.at(-1)!.detail).toMatch(/automatically/);

      // A replay of the DELIVERED event (the carrier's own redelivery): 200, changed=false, and
      // nothing new on the timeline.
      const shipmentView = (await (
        await fetch(`${carrierApi()}/shipments/${trackingNumber}`)
      ).json()) as { events: { event_id: string }[] };
      const delivered = shipmentView.events[1].event_id;
      await fetch(`${carrierApi()}/admin/shipments/${trackingNumber}/redeliver/${delivered}`, {
        method: 'POST',
      });
      await eventually(async () => {
        const deliveries = (await (await fetch(`${carrierApi()}/admin/deliveries`)).json()) as {
          event_id: string;
          answer: number;
        }[];
        return deliveries.filter((d) => d.event_id === delivered && d.answer === 200).length === 2;
      }, 'the replay answered 200');
      expect(await timeline(orderId)).toHaveLength(entries.length);
    });

    it('refuses a forged, missing or stale signature (401) and a malformed event (400)', async () => {
      const body = JSON.stringify({
        event_id: `trk_forged_${randomBytes(4).toString('hex')}`,
        carrier: 'sandbox-express',
        tracking_number: 'SXFORGED',
        reference: '1',
        status: 'DELIVERED',
        note: null,
        occurred_at: new Date().toISOString(),
      });
      const now = Math.floor(Date.now() / 1000);
      const post = (signature?: string) => {
        const req = http()
          .post('/shipments/webhooks/carrier')
          .set('content-type', 'application/json');
        if (signature) req.set('carrier-signature', signature);
        return req.send(body);
      };
      const forged = await post(signCarrierBody('not-the-carrier-secret-1', body, now));
      expect(forged.status).toBe(401);
      expect(forged.body.message).toMatch(/signature does not match/);
      expect((await post()).status).toBe(401);
      const stale = await post(signCarrierBody(sandboxes().carrierWebhookSecret, body, now - 3600));
      expect(stale.status).toBe(401);
      const bad = await http()
        .post('/shipments/webhooks/carrier')
        .set('content-type', 'application/json')
        .set('carrier-signature', signCarrierBody(sandboxes().carrierWebhookSecret, '{"x":1}', now))
        .send('{"x":1}');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/status|event_id/);
    });

    it('lets the buyer confirm receipt of a shipped order, once; nobody else', async () => {
      const orderId = await paidOrder();
      await http().post(`/orders/${orderId}/receive`).set(as(buyer)).expect(409);
      expect((await ship(orderId)).status).toBe(200);
      const other = await http()
        .post('/auth/login')
        .send({ user_name: 'test1', password: '123456' })
        .expect(200);
      await http().post(`/orders/${orderId}/receive`).set(as(other.body.access_token)).expect(404);
      const received = await http().post(`/orders/${orderId}/receive`).set(as(buyer)).expect(200);
      expect(received.body.status).toBe('RECEIVED');
      await http().post(`/orders/${orderId}/receive`).set(as(buyer)).expect(200);
      expect((await timeline(orderId)).at(-1)).toMatchObject({
        status: 'RECEIVED',
        detail: 'confirmed by the buyer',
      });
    });

    it('carrier failing, timing out and coming back: the circuit opens (503 naming it) and closes', async () => {
      const orderId = await paidOrder();
      try {
        await behave(sandboxes().carrier, 'fail');
        const failing = await ship(orderId);
        expect(failing.status).toBe(503);
        expect(failing.body.message).toMatch(/carrier sandbox-express .*answered 503/);
        await behave(sandboxes().carrier, 'timeout');
        const hanging = await ship(orderId);
        expect(hanging.status).toBe(503);
        expect(hanging.body.message).toMatch(/carrier sandbox-express/);
        // 2 requests x 2 attempts: the breaker opened; now it answers at once, naming the carrier.
        const open = await ship(orderId);
        expect(open.status).toBe(503);
        expect(open.body.message).toMatch(/carrier sandbox-express .*circuit open/);
        expect((await http().get(`/orders/${orderId}`).set(as(buyer))).body.status).toBe('PAID');
      } finally {
        await behave(sandboxes().carrier, 'ok');
      }
      // Back: after the half-open delay a trial call goes through and the circuit closes.
      let last: request.Response | undefined;
      await eventually(async () => {
        last = await ship(orderId);
        return last.status === 200;
      }, `the circuit to close (last: ${last?.status})`);
      expect(last!.body.status).toBe('SHIPPED');
      // A slow carrier within the timeout is fine.
      await behave(sandboxes().carrier, 'slow', 100);
      try {
        expect((await ship(await paidOrder())).status).toBe(200);
      } finally {
        await behave(sandboxes().carrier, 'ok');
      }
    });

    it("verifies a buyer's identity: the check digit first, then the provider; a masked number kept", async () => {
      const bad = await http()
        .put('/users/me/identity')
        .set(as(buyer))
        .send({ name: '张三', id_number: '110105194912310021' })
        .expect(400);
      expect(bad.body.message).toMatch(/idNumber/);
      await http().get('/users/me/identity').set(as(buyer)).expect(404);
      await http()
        .put('/users/me/identity')
        .send({ name: '张三', id_number: '11010519491231002X' })
        .expect(401);
      const ok = await http()
        .put('/users/me/identity')
        .set(as(buyer))
        .send({ name: '张三', id_number: '11010519491231002x' })
        .expect(200);
      expect(ok.body).toMatchObject({
        verified: true,
        verdict: 'MATCH',
        masked_id_number: '110***********002X',
      });
      expect(JSON.stringify(ok.body)).not.toContain('11010519491231002');
      const mine = await http().get('/users/me/identity').set(as(buyer)).expect(200);
      expect(mine.body).toEqual(ok.body);
      const mismatch = await http()
        .put('/users/me/identity')
        .set(as(buyer))
        .send({ name: 'Mismatch Li', id_number: '11010519491231002X' })
        .expect(200);
      expect(mismatch.body).toMatchObject({ verified: false, verdict: 'MISMATCH' });
      await behave(sandboxes().identity, 'fail');
      try {
        const down = await http()
          .put('/users/me/identity')
          .set(as(buyer))
          .send({ name: '张三', id_number: '11010519491231002X' })
          .expect(503);
        expect(down.body.message).toMatch(/identity sandbox-identity/);
      } finally {
        await behave(sandboxes().identity, 'ok');
      }
    });
  });
}
