import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import request from 'supertest';
import { PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { ORDER_PROTO } from '@nestmall/orders';
import { readSigningKeys } from '@nestmall/platform';
import type { TestDatabase } from './support/databases.js';
import type { ShopUnderTest } from './support/shop.js';
import { clientCredentials } from './support/tls.js';

const SKU = 'T00106'; // no other test of the orders suites sells it

/** Signs what the issuer would, or not: each test bends one thing. */
async function sign(
  key: { kid: string; privateKey: CryptoKey },
  claims: JWTPayload,
  { exp = '10m' }: { exp?: string | null } = {},
): Promise<string> {
  const jwt = new SignJWT({ name: 'someone', ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'at+jwt' })
    .setIssuer('nestmall')
    .setAudience('nestmall')
    .setIssuedAt();
  if (exp) jwt.setExpirationTime(exp);
  return jwt.sign(key.privateKey);
}

/** An OrderService client; `withUserId` builds it from the old contract, whose requests carried user_id. */
function orderClient(url: string, withUserId = false): grpc.Client {
  let protoPath = ORDER_PROTO.protoPath;
  let dir: string | undefined;
  if (withUserId) {
    dir = mkdtempSync(join(tmpdir(), 'old-order-proto-'));
    const old = readFileSync(protoPath, 'utf8')
      .replace(/reserved 1;\n\s*reserved "user_id";/g, 'int64 user_id = 1;')
      .replace(/\/\/ Was the user.*\n/, '');
    protoPath = join(dir, 'order.proto');
    writeFileSync(protoPath, old);
  }
  const loaded = grpc.loadPackageDefinition(
    protoLoader.loadSync(protoPath, PROTO_LOADER_OPTIONS),
  ) as any;
  if (dir) rmSync(dir, { recursive: true, force: true });
  // Over mutual TLS as the gateway would call: the user still comes only from the token.
  return new loaded.nestmall.order.v1.OrderService(url, clientCredentials('gateway'));
}

function bearer(token: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

/** unary() with metadata. */
function call<Res = any>(
  client: grpc.Client,
  method: string,
  message: object,
  metadata = new grpc.Metadata(),
): Promise<{ response?: Res; error?: grpc.ServiceError }> {
  return new Promise((resolve) => {
    (client as any)[method](
      message,
      metadata,
      { deadline: new Date(Date.now() + 10_000) },
      (error: grpc.ServiceError | null, response: Res) => resolve(error ? { error } : { response }),
    );
  });
}

/**
 * Access tokens against whichever topology `shop()` runs: the issuer's JWKS, what the REST edge
 * and the order service's gRPC methods accept (a valid, unexpired token of a user who still
 * exists), and that the user comes from the token, never from a message. `ordersGrpcUrl()` is
 * the server hosting OrderService; `usersDatabase()` the database holding ts_user.
 */
export function accessTokensSuite(
  name: string,
  shop: () => ShopUnderTest,
  ordersGrpcUrl: () => string,
  usersDatabase: () => TestDatabase,
): void {
  describe(`access tokens (${name})`, () => {
    const http = () => request(shop().http as Parameters<typeof request>[0]);
    let issuerKey: { kid: string; privateKey: CryptoKey };
    let orders: grpc.Client;
    let oldOrders: grpc.Client;

    const logIn = async (user: string, password = '123456'): Promise<string> =>
      (await http().post('/auth/login').send({ user_name: user, password }).expect(200)).body
        .access_token;

    beforeAll(async () => {
      const [newest] = (await readSigningKeys(shop().signingKeysDir)).slice(-1);
      issuerKey = {
        kid: newest.privateJwk.kid!,
        privateKey: (await importJWK(newest.privateJwk, 'EdDSA')) as CryptoKey,
      };
      orders = orderClient(ordersGrpcUrl());
      oldOrders = orderClient(ordersGrpcUrl(), true);
    });
    afterAll(() => [orders, oldOrders].forEach((c) => c?.close()));

    it('publishes the public keys, never a private part, at /.well-known/jwks.json', async () => {
      const res = await http().get('/.well-known/jwks.json').expect(200);
      expect(res.body.keys).toContainEqual({
        kty: 'OKP',
        crv: 'Ed25519',
        x: expect.any(String),
        kid: issuerKey.kid,
        alg: 'EdDSA',
        use: 'sig',
      });
      expect(JSON.stringify(res.body)).not.toContain('"d"');
    });

    it('accepts the log-in token with the scheme in any case (RFC 7235)', async () => {
      const token = await logIn('test12');
      for (const scheme of ['Bearer', 'bearer', 'BEARER'])
        await http().get('/orders').set('authorization', `${scheme} ${token}`).expect(200);
    });

    it.each([
      ['no exp', async (k: typeof issuerKey) => sign(k, { sub: '12' }, { exp: null })],
      ['an expired exp', async (k: typeof issuerKey) => sign(k, { sub: '12' }, { exp: '-1m' })],
      ['an unknown user (sub 999999)', async (k: typeof issuerKey) => sign(k, { sub: '999999' })],
      [
        'a forged signature (another key, the issuer kid)',
        async (k: typeof issuerKey) => {
          const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
          return sign({ kid: k.kid, privateKey }, { sub: '12' });
        },
      ],
      [
        'an unknown kid',
        async () => {
          const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
          return sign({ kid: 'not-a-key-of-the-issuer', privateKey }, { sub: '12' });
        },
      ],
    ])('refuses a token with %s: 401 over REST, UNAUTHENTICATED over gRPC', async (_, make) => {
      const token = await make(issuerKey);
      const res = await http().get('/orders').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ status: 401, message: expect.any(String) });
      const { error } = await call(orders, 'ListOrders', {}, bearer(token));
      expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
    });

    it('accepts a token the issuer signed for a live user, over gRPC too', async () => {
      const token = await sign(issuerKey, { sub: '12' });
      await http().get('/orders').set('authorization', `Bearer ${token}`).expect(200);
      const { response, error } = await call(orders, 'ListOrders', {}, bearer(token));
      expect(error).toBeUndefined();
      expect(response).toMatchObject({ orders: expect.any(Array) });
    });

    it('refuses every user RPC of OrderService without a token: UNAUTHENTICATED', async () => {
      for (const [method, message] of [
        ['PlaceOrder', { items: [{ sku_id: SKU, quantity: 1 }] }],
        ['GetOrder', { order_id: 1 }],
        ['ListOrders', {}],
        ['CancelOrder', { order_id: 1 }],
      ] as const) {
        const { error } = await call(orders, method, message);
        expect({ method, code: error?.code }).toEqual({
          method,
          code: grpc.status.UNAUTHENTICATED,
        });
      }
      const { error } = await call(orders, 'ListOrders', {}, bearer('not-a-jwt'));
      expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
    });

    it("answers NOT_FOUND for another user's order over gRPC, and takes the user from the token only", async () => {
      const owner = await logIn('test13');
      const other = await logIn('test14');
      const otherId = 14; // test14 among the demo users
      // A client of the old contract names test14 in the message; the token is test13's.
      const placed = await call(
        oldOrders,
        'PlaceOrder',
        { user_id: otherId, items: [{ sku_id: SKU, quantity: 1 }] },
        bearer(owner),
      );
      expect(placed.error).toBeUndefined();
      const order = placed.response;
      expect(order.user_id).not.toBe(otherId);
      const mine = await call(orders, 'ListOrders', {}, bearer(other));
      expect(mine.response.orders.map((o: { order_id: number }) => o.order_id)).not.toContain(
        order.order_id,
      );
      for (const method of ['GetOrder', 'CancelOrder']) {
        const { error } = await call(orders, method, { order_id: order.order_id }, bearer(other));
        expect({ method, code: error?.code }).toEqual({ method, code: grpc.status.NOT_FOUND });
      }
      const asOther = await call(
        oldOrders,
        'GetOrder',
        { user_id: order.user_id, order_id: order.order_id },
        bearer(other),
      );
      expect(asOther.error?.code).toBe(grpc.status.NOT_FOUND);
      const own = await call(orders, 'GetOrder', { order_id: order.order_id }, bearer(owner));
      expect(own.response).toMatchObject({ order_id: order.order_id, user_id: order.user_id });
      // Over REST the same order is the owner's only.
      await http()
        .get(`/orders/${order.order_id}`)
        .set('authorization', `Bearer ${other}`)
        .expect(404);
      await http()
        .get(`/orders/${order.order_id}`)
        .set('authorization', `Bearer ${owner}`)
        .expect(200);
    });

    const pause = () => new Promise((r) => setTimeout(r, 1200)); // past AUTH_USER_CACHE_MS

    it('rotates refresh tokens and revokes the session when a used one comes back', async () => {
      const login = await http()
        .post('/auth/login')
        .send({ user_name: 'test15', password: '123456' })
        .expect(200);
      expect(login.headers['cache-control']).toBe('no-store');
      expect(login.body).toMatchObject({
        refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        refresh_expires_in: 2_592_000,
      });
      const refreshed = await http()
        .post('/auth/refresh')
        .send({ refresh_token: login.body.refresh_token })
        .expect(200);
      expect(refreshed.headers['cache-control']).toBe('no-store');
      const access = refreshed.body.access_token as string;
      await http().get('/orders').set('authorization', `Bearer ${access}`).expect(200);

      // The first refresh token again: someone holds a copy. The whole session ends.
      const reused = await http()
        .post('/auth/refresh')
        .send({ refresh_token: login.body.refresh_token });
      expect(reused.status).toBe(401);
      expect(reused.body.message).toMatch(/already used/);
      await http()
        .post('/auth/refresh')
        .send({ refresh_token: refreshed.body.refresh_token })
        .expect(401);
      await pause();
      await http().get('/orders').set('authorization', `Bearer ${access}`).expect(401);
      const { error } = await call(orders, 'ListOrders', {}, bearer(access));
      expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
    });

    it('logs out: 204, then the refresh token and the access token are refused', async () => {
      const login = (
        await http()
          .post('/auth/login')
          .send({ user_name: 'test15', password: '123456' })
          .expect(200)
      ).body;
      const other = await logIn('test15'); // another session of the same user
      await http().get('/orders').set('authorization', `Bearer ${login.access_token}`).expect(200);
      await http().post('/auth/logout').send({ refresh_token: login.refresh_token }).expect(204);
      await http().post('/auth/refresh').send({ refresh_token: login.refresh_token }).expect(401);
      await pause();
      await http().get('/orders').set('authorization', `Bearer ${login.access_token}`).expect(401);
      await http().get('/orders').set('authorization', `Bearer ${other}`).expect(200);
      // Unknown token: the same answer; malformed: 400 naming the field.
      await http()
        .post('/auth/logout')
        .send({ refresh_token: 'z'.repeat(43) })
        .expect(204);
      const bad = await http().post('/auth/refresh').send({ refresh_token: 'nope' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/refresh_token/);
    });

    it("refuses a deleted user's token within AUTH_USER_CACHE_MS (1 s)", async () => {
      const userName = `gone_${Date.now().toString(36)}`;
      await http()
        .post('/users')
        .send({ user_name: userName, password: 'correct-horse-9', user_mobile: '13900139000' })
        .expect(201);
      const token = await logIn(userName, 'correct-horse-9');
      await http().get('/orders').set('authorization', `Bearer ${token}`).expect(200);
      expect((await call(orders, 'ListOrders', {}, bearer(token))).error).toBeUndefined();

      await usersDatabase().execute(
        'UPDATE ts_user SET deleted_at = CURRENT_TIMESTAMP WHERE user_name = ?',
        [userName],
      );
      await pause();
      const res = await http().get('/orders').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      const { error } = await call(orders, 'ListOrders', {}, bearer(token));
      expect(error?.code).toBe(grpc.status.UNAUTHENTICATED);
    });
  });
}
