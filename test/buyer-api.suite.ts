import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import request from 'supertest';
import { PROTO_LOADER_OPTIONS, USER_PROTO } from '@nestmall/contracts';
import { ORDER_PROTO } from '@nestmall/orders';
import { expectErrorBody as expectError } from './support/error-format.js';
import { unary } from './support/grpc.js';
import { payThroughSandbox } from './support/payment-sandbox.js';
import type { ShopUnderTest } from './support/shop.js';
import { clientCredentials } from './support/tls.js';

const SKU = 'T00105'; // no other test of this suite's shops sells it
const PASSWORD = 'correct-horse-9';
const address = {
  recipient: '张三',
  mobile: '13800138000',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  street: '科技园南区 1 栋 101',
  postal_code: '518057',
};

function bearer(token: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

/** A service client as the gateway calls it (mutual TLS); the user still comes from the token. */
function client(url: string, protoPath: string, service: string): grpc.Client {
  let node: any = grpc.loadPackageDefinition(protoLoader.loadSync(protoPath, PROTO_LOADER_OPTIONS));
  for (const part of service.split('.')) node = node[part];
  return new node(url, clientCredentials('gateway'));
}

/**
 * The buyer's side (issue 18): profile, password, account deletion, shipping addresses, the
 * address an order ships to and the order's timeline, over REST and gRPC, against whichever
 * topology `shop()` runs. `usersGrpc()` / `ordersGrpc()`: where UserService / OrderService answer;
 * `otherUsersGrpc()`: the other replicas of UserService, if any.
 */
export function buyerApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  usersGrpc: () => string,
  ordersGrpc: () => string,
  otherUsersGrpc: () => string[] = () => [],
): void {
  describe(`buyer API (${name})`, () => {
    const http = () => request(shop().http as Parameters<typeof request>[0]);
    let users: grpc.Client;
    let orders: grpc.Client;

    beforeAll(() => {
      users = client(usersGrpc(), USER_PROTO.protoPath, 'nestmall.user.v1.UserService');
      orders = client(ordersGrpc(), ORDER_PROTO.protoPath, 'nestmall.order.v1.OrderService');
    });
    afterAll(() => {
      users?.close();
      orders?.close();
    });

    async function logIn(userName: string, password = PASSWORD) {
      const res = await http().post('/auth/login').send({ user_name: userName, password });
      expect(res.status).toBe(200);
      return res.body as { access_token: string; refresh_token: string };
    }

    /** A new buyer of its own (tests change passwords and delete accounts). */
    async function newBuyer(): Promise<{ name: string; token: string; refresh: string }> {
      const name = `b_${randomBytes(5).toString('hex')}`;
      await http()
        .post('/users')
        .send({ user_name: name, password: PASSWORD, user_mobile: '13900139000' })
        .expect(201);
      const session = await logIn(name);
      return { name, token: session.access_token, refresh: session.refresh_token };
    }

    const as = (token: string) => ({ authorization: `Bearer ${token}` });

    describe('profile', () => {
      it('GET and PATCH /users/me: nickname, https avatar, e-mail; null clears; gRPC the same', async () => {
        const alice = await newBuyer();
        const before = await http().get('/users/me').set(as(alice.token)).expect(200);
        expect(before.body).toMatchObject({ user_name: alice.name, nickname: null, email: null });

        const patched = await http()
          .patch('/users/me')
          .set(as(alice.token))
          .send({
            nickname: ' Alice ',
            avatar_url: 'https://cdn.example.com/a.png',
            email: 'alice@example.com',
          })
          .expect(200);
        expect(patched.body).toMatchObject({
          nickname: 'Alice',
          avatar_url: 'https://cdn.example.com/a.png',
          email: 'alice@example.com',
          user_mobile: '13900139000',
        });
        const cleared = await http()
          .patch('/users/me')
          .set(as(alice.token))
          .send({ email: null })
          .expect(200);
        expect(cleared.body).toMatchObject({ nickname: 'Alice', email: null });

        const viaGrpc = await unary<object, any>(
          users,
          'UpdateProfile',
          { nickname: 'Al' },
          bearer(alice.token),
        );
        expect(viaGrpc.response).toMatchObject({ user_name: alice.name, nickname: 'Al' });
        expect(viaGrpc.response.email).toBeUndefined();
        const read = await unary<object, any>(users, 'GetProfile', {}, bearer(alice.token));
        expect(read.response).toMatchObject({ nickname: 'Al', avatar_url: expect.any(String) });

        // What anyone else may read of her: no profile, no e-mail.
        const id = before.body.user_id as number;
        const pub = await http().get(`/users/${id}`).expect(200);
        expect(pub.body).not.toHaveProperty('avatar_url');
        expect(pub.text).not.toMatch(/alice@example/);
        expect((await unary(users, 'GetProfile', {})).error?.code).toBe(
          grpc.status.UNAUTHENTICATED,
        );
      });

      it.each([
        [{ avatar_url: 'http://cdn.example.com/a.png' }, /avatar_url/],
        [{ avatar_url: 'javascript:alert(1)' }, /avatar_url/],
        [{ email: 'not-an-address' }, /email/],
        [{ nickname: '' }, /nickname/],
        [{ nickname: 42 }, /nickname/],
      ])('PATCH /users/me %j is 400 naming the field', async (body, field) => {
        const bob = await newBuyer();
        expectError(await http().patch('/users/me').set(as(bob.token)).send(body), 400, field);
        const grpcBody = 'nickname' in body ? { nickname: '   ' } : body;
        const { error } = await unary(users, 'UpdateProfile', grpcBody, bearer(bob.token));
        expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
      });

      it('changing the password needs the current one and ends the other sessions only', async () => {
        const carol = await newBuyer();
        const phone = await logIn(carol.name);
        await http().get('/users/me').set(as(phone.access_token)).expect(200);

        const wrong = await http()
          .post('/users/me/password')
          .set(as(carol.token))
          .send({ current_password: 'not-it-123', new_password: 'brand-new-42' });
        expectError(wrong, 403, /current_password/);
        expectError(
          await http()
            .post('/users/me/password')
            .set(as(carol.token))
            .send({ current_password: PASSWORD, new_password: 'short' }),
          400,
          /new_password/,
        );

        await http()
          .post('/users/me/password')
          .set(as(carol.token))
          .send({ current_password: PASSWORD, new_password: 'brand-new-42' })
          .expect(204);
        // The other session: its refresh token and its access token at once.
        await http().get('/users/me').set(as(phone.access_token)).expect(401);
        await http().post('/auth/refresh').send({ refresh_token: phone.refresh_token }).expect(401);
        // This session goes on; the old password no longer logs in, the new one does.
        await http().get('/users/me').set(as(carol.token)).expect(200);
        await http().post('/auth/refresh').send({ refresh_token: carol.refresh }).expect(200);
        await http()
          .post('/auth/login')
          .send({ user_name: carol.name, password: PASSWORD })
          .expect(401);
        await logIn(carol.name, 'brand-new-42');
      });

      it("a deleted account's tokens are refused at once (REST, gRPC, every replica)", async () => {
        const dave = await newBuyer();
        const placed = await http()
          .post('/orders')
          .set(as(dave.token))
          .send({ items: [{ sku_id: SKU, quantity: 1 }] })
          .expect(201);
        // Every verifier has answered for this token already (kept AUTH_USER_CACHE_MS).
        await http().get('/users/me').set(as(dave.token)).expect(200);
        expect((await unary(users, 'GetProfile', {}, bearer(dave.token))).error).toBeUndefined();
        expect((await unary(orders, 'ListOrders', {}, bearer(dave.token))).error).toBeUndefined();
        const replicas = otherUsersGrpc().map((url) =>
          client(url, USER_PROTO.protoPath, 'nestmall.user.v1.UserService'),
        );
        try {
          for (const replica of replicas)
            expect(
              (await unary(replica, 'GetProfile', {}, bearer(dave.token))).error,
            ).toBeUndefined();
          expectError(
            await http()
              .post('/users/me/deletion')
              .set(as(dave.token))
              .send({ current_password: 'wrong-pass-1' }),
            403,
            /current_password/,
          );
          await http()
            .post('/users/me/deletion')
            .set(as(dave.token))
            .send({ current_password: PASSWORD })
            .expect(204);
          // At once, no pause: another route, another service, another replica.
          await http().get(`/orders/${placed.body.order_id}`).set(as(dave.token)).expect(401);
          await http().get('/users/me').set(as(dave.token)).expect(401);
          const asOrder = await unary(orders, 'ListOrders', {}, bearer(dave.token));
          expect(asOrder.error?.code).toBe(grpc.status.UNAUTHENTICATED);
          const { error } = await unary(users, 'GetProfile', {}, bearer(dave.token));
          expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
          for (const replica of replicas) {
            const other = await unary(replica, 'GetProfile', {}, bearer(dave.token));
            expect(other.error?.code).toBe(grpc.status.UNAUTHENTICATED);
          }
        } finally {
          for (const replica of replicas) replica.close();
        }
        await http().post('/auth/refresh').send({ refresh_token: dave.refresh }).expect(401);
        await http()
          .post('/auth/login')
          .send({ user_name: dave.name, password: PASSWORD })
          .expect(401);
      });
    });

    describe('shipping addresses', () => {
      it('the first is the default; a new default demotes it; deleting it promotes the oldest', async () => {
        const erin = await newBuyer();
        const first = await http()
          .post('/users/me/addresses')
          .set(as(erin.token))
          .send(address)
          .expect(201);
        expect(first.body).toMatchObject({ ...address, is_default: true });
        const second = await http()
          .post('/users/me/addresses')
          .set(as(erin.token))
          .send({ ...address, street: 'B 座', postal_code: null })
          .expect(201);
        expect(second.body).toMatchObject({ is_default: false, postal_code: null });
        const third = await http()
          .post('/users/me/addresses')
          .set(as(erin.token))
          .send({ ...address, street: 'C 座', is_default: true })
          .expect(201);
        const list = await http().get('/users/me/addresses').set(as(erin.token)).expect(200);
        expect(list.body.map((a: any) => [a.address_id, a.is_default])).toEqual([
          [third.body.address_id, true],
          [first.body.address_id, false],
          [second.body.address_id, false],
        ]);
        await http()
          .delete(`/users/me/addresses/${third.body.address_id}`)
          .set(as(erin.token))
          .expect(204);
        const after = await http().get('/users/me/addresses').set(as(erin.token)).expect(200);
        expect(after.body.map((a: any) => [a.address_id, a.is_default])).toEqual([
          [first.body.address_id, true],
          [second.body.address_id, false],
        ]);
        const made = await http()
          .post(`/users/me/addresses/${second.body.address_id}/default`)
          .set(as(erin.token))
          .expect(200);
        expect(made.body.is_default).toBe(true);
        // gRPC: the same book.
        const viaGrpc = await unary<object, any>(users, 'ListAddresses', {}, bearer(erin.token));
        expect(viaGrpc.response.addresses.map((a: any) => Number(a.address_id))).toEqual([
          second.body.address_id,
          first.body.address_id,
        ]);
      });

      it('four devices adding at once: all four land, exactly one default', async () => {
        const kim = await newBuyer();
        const added = await Promise.all(
          ['A', 'B', 'C', 'D'].map((street) =>
            http()
              .post('/users/me/addresses')
              .set(as(kim.token))
              .send({ ...address, street }),
          ),
        );
        expect(added.map((r) => r.status)).toEqual([201, 201, 201, 201]);
        const list = (await http().get('/users/me/addresses').set(as(kim.token)).expect(200)).body;
        expect(list.map((a: any) => a.street).sort()).toEqual(['A', 'B', 'C', 'D']);
        expect(list.filter((a: any) => a.is_default)).toHaveLength(1);
      });

      it("nobody reads or changes another buyer's addresses (404, REST and gRPC)", async () => {
        const owner = await newBuyer();
        const other = await newBuyer();
        const mine = (
          await http().post('/users/me/addresses').set(as(owner.token)).send(address).expect(201)
        ).body;
        const path = `/users/me/addresses/${mine.address_id}`;
        expectError(await http().get(path).set(as(other.token)), 404, /address_id/);
        expectError(
          await http()
            .put(path)
            .set(as(other.token))
            .send({ ...address, street: 'hijack' }),
          404,
        );
        expectError(await http().delete(path).set(as(other.token)), 404);
        expectError(await http().post(`${path}/default`).set(as(other.token)), 404);
        expect((await http().get('/users/me/addresses').set(as(other.token))).body).toEqual([]);
        for (const [method, message] of [
          ['GetAddress', { address_id: mine.address_id }],
          ['RemoveAddress', { address_id: mine.address_id }],
          ['SetDefaultAddress', { address_id: mine.address_id }],
          ['UpdateAddress', { address_id: mine.address_id, address: address }],
        ] as const) {
          const { error } = await unary(users, method, message, bearer(other.token));
          expect({ method, code: error?.code }).toEqual({ method, code: grpc.status.NOT_FOUND });
        }
        expect((await http().get(path).set(as(owner.token)).expect(200)).body).toEqual(mine);
        expectError(await http().get('/users/me/addresses'), 401);
      });

      it.each([
        [{ mobile: '12345678901' }, /mobile/],
        [{ recipient: '' }, /recipient/],
        [{ recipient: 'x'.repeat(33) }, /recipient/],
        [{ street: 'x'.repeat(129) }, /street/],
        [{ postal_code: '12345' }, /postal_code/],
        [{ province: undefined }, /province/],
      ])('POST /users/me/addresses with %j is 400 naming the field', async (change, field) => {
        const frank = await newBuyer();
        const body = { ...address, ...change };
        expectError(
          await http().post('/users/me/addresses').set(as(frank.token)).send(body),
          400,
          field,
        );
        const grpcFields = {
          ...body,
          province: body.province ?? '',
          postal_code: body.postal_code,
        };
        const { error } = await unary(
          users,
          'AddAddress',
          { address: grpcFields },
          bearer(frank.token),
        );
        expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
        expect(error?.details).toMatch(field);
      });

      it('GET /users/me/addresses/abc is 400 naming address_id', async () => {
        const gina = await newBuyer();
        expectError(
          await http().get('/users/me/addresses/abc').set(as(gina.token)),
          400,
          /address_id/,
        );
      });
    });

    describe('orders ship to a copy of the address, and keep a timeline', () => {
      it('an edited or deleted address does not change a placed order', async () => {
        const hana = await newBuyer();
        const saved = (
          await http().post('/users/me/addresses').set(as(hana.token)).send(address).expect(201)
        ).body;
        const placed = await http()
          .post('/orders')
          .set(as(hana.token))
          .send({ items: [{ sku_id: SKU, quantity: 1 }], address_id: saved.address_id })
          .expect(201);
        const shipTo = {
          address_id: saved.address_id,
          recipient: address.recipient,
          mobile: address.mobile,
          province: address.province,
          city: address.city,
          district: address.district,
          street: address.street,
          postal_code: address.postal_code,
        };
        expect(placed.body.shipping_address).toEqual(shipTo);

        await http()
          .put(`/users/me/addresses/${saved.address_id}`)
          .set(as(hana.token))
          .send({ ...address, street: '新地址 9 号', recipient: '李四' })
          .expect(200);
        const order = `/orders/${placed.body.order_id}`;
        expect(
          (await http().get(order).set(as(hana.token)).expect(200)).body.shipping_address,
        ).toEqual(shipTo);
        await http()
          .delete(`/users/me/addresses/${saved.address_id}`)
          .set(as(hana.token))
          .expect(204);
        expect(
          (await http().get(order).set(as(hana.token)).expect(200)).body.shipping_address,
        ).toEqual(shipTo);
        const viaGrpc = await unary<object, any>(
          orders,
          'GetOrder',
          { order_id: placed.body.order_id },
          bearer(hana.token),
        );
        expect(viaGrpc.response.shipping_address).toMatchObject({ street: address.street });
      });

      it("another buyer's or an unknown address_id is 404 naming it, and nothing is reserved", async () => {
        const owner = await newBuyer();
        const thief = await newBuyer();
        const theirs = (
          await http().post('/users/me/addresses').set(as(owner.token)).send(address).expect(201)
        ).body;
        const stock = async () => (await http().get(`/skus/${SKU}/stock`).expect(200)).body;
        const before = await stock();
        for (const addressId of [theirs.address_id, 2_000_000_000]) {
          const res = await http()
            .post('/orders')
            .set(as(thief.token))
            .send({ items: [{ sku_id: SKU, quantity: 1 }], address_id: addressId });
          expectError(res, 404, /address_id/);
        }
        expect(await stock()).toEqual(before);
        expect((await http().get('/orders').set(as(thief.token)).expect(200)).body.total).toBe(0);
        for (const bad of [0, 'x', 1.5]) {
          const res = await http()
            .post('/orders')
            .set(as(thief.token))
            .send({ items: [{ sku_id: SKU, quantity: 1 }], address_id: bad });
          expectError(res, 400, /address_id/);
        }
        const viaGrpc = await unary(
          orders,
          'PlaceOrder',
          { items: [{ sku_id: SKU, quantity: 1 }], address_id: theirs.address_id },
          bearer(thief.token),
        );
        expect(viaGrpc.error?.code).toBe(grpc.status.NOT_FOUND);
        expect(await stock()).toEqual(before);
      });

      it('GET /orders/:id/timeline: every status change with its cause, the owner only', async () => {
        const ivan = await newBuyer();
        const other = await newBuyer();
        const placed = await http()
          .post('/orders')
          .set(as(ivan.token))
          .send({ items: [{ sku_id: SKU, quantity: 1 }] })
          .expect(201);
        const id = placed.body.order_id as number;
        await payThroughSandbox(http, ivan.token, id);
        await http().post(`/orders/${id}/cancel`).set(as(ivan.token)).expect(200);
        const timeline = await http().get(`/orders/${id}/timeline`).set(as(ivan.token)).expect(200);
        expect(timeline.body.order_id).toBe(id);
        expect(timeline.body.entries.map((e: any) => [e.kind, e.status, e.cause])).toEqual([
          ['status', 'PENDING', 'OrderRequested'],
          ['status', 'CREATED', 'OrderPlaced'],
          ['status', 'PAID', 'OrderPaid'],
          ['status', 'CANCELLED', 'OrderCancelled'],
        ]);
        for (const entry of timeline.body.entries) expect(entry.at).toMatch(/Z$/);
        expectError(await http().get(`/orders/${id}/timeline`).set(as(other.token)), 404);
        expectError(await http().get(`/orders/${id}/timeline`), 401);

        const own = await unary<object, any>(
          orders,
          'GetOrderTimeline',
          { order_id: id },
          bearer(ivan.token),
        );
        expect(own.response.entries.map((e: any) => e.status)).toEqual([
          'PENDING',
          'CREATED',
          'PAID',
          'CANCELLED',
        ]);
        const foreign = await unary(
          orders,
          'GetOrderTimeline',
          { order_id: id },
          bearer(other.token),
        );
        expect(foreign.error?.code).toBe(grpc.status.NOT_FOUND);
      });
    });
  });
}
