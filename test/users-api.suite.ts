import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import request from 'supertest';
import {
  grpcClients,
  healthStatus,
  reflectedServices,
  unary,
  type GrpcClients,
} from './support/grpc.js';
import { expectErrorBody as expectError } from './support/error-format.js';
import { baseUrlOf, postOversized } from './support/raw-http.js';
import type { ShopUnderTest } from './support/shop.js';
import { openApiDocumentSuite } from './openapi-document.suite.js';

function expectNoSecrets(res: request.Response): void {
  expect(res.text).not.toMatch(/argon2|user_pwd|password_hash|passwordHash|"password"/);
}

/**
 * The REST and gRPC contract of the users context and the course's interfaces. The same suite
 * runs against every topology: `shop()` is the running shop the caller started (and stops).
 */
export function usersApiSuite(name: string, shop: () => ShopUnderTest): void {
  describe(`users API (${name})`, () => {
    let grpc: GrpcClients;
    const http = () => request(shop().http as Parameters<typeof request>[0]);

    beforeAll(() => {
      grpc = grpcClients(shop().grpcUrl);
    });

    afterAll(() => grpc?.close());

    describe("the course's routes", () => {
      it('GET /user/info/5 answers test5 in {"user": {...}} without any password field', async () => {
        const res = await http().get('/user/info/5').expect(200);
        expect(res.body).toEqual({
          user: {
            user_id: 5,
            user_name: 'test5',
            user_mobile: '138****8000',
            created_at: expect.stringMatching(/Z$/),
            updated_at: expect.stringMatching(/Z$/),
          },
        });
        expectNoSecrets(res);
      });

      it('GET /user/info/:user_id is 404 for an unknown user', async () => {
        expectError(await http().get('/user/info/99999'), 404, 'user 99999 not found');
      });

      it.each(['abc', '-1', '0', '1.5', '99999999999999999999', '2147483648', '1e3x'])(
        'GET /user/info/%s is 400 naming user_id',
        async (id) => {
          expectError(await http().get(`/user/info/${id}`), 400, /user_id/);
        },
      );

      it('GET /user/list?page_num=1&page_size=2 answers the first two users in {"user": [...]}', async () => {
        const res = await http().get('/user/list?page_num=1&page_size=2').expect(200);
        expect(res.body.user.map((u: { user_name: string }) => u.user_name)).toEqual([
          'test1',
          'test2',
        ]);
        expectNoSecrets(res);
      });

      it('GET /user/list takes pageNum/pageSize, as the course client sends them', async () => {
        const res = await http().get('/user/list?pageNum=2&pageSize=5').expect(200);
        expect(res.body.user.map((u: { user_id: number }) => u.user_id)).toEqual([6, 7, 8, 9, 10]);
      });

      it('GET /user/list defaults to page 1 of 10', async () => {
        const res = await http().get('/user/list').expect(200);
        expect(res.body.user).toHaveLength(10);
        expect(res.body.user[0].user_id).toBe(1);
      });

      it.each([
        ['page_size=100000', /page_size/],
        ['page_size=abc', /page_size/],
        ['page_num=-3', /page_num/],
        ['pageSize=101', /pageSize/],
        ['sort=name', /sort/],
      ])('GET /user/list?%s is 400 naming the field', async (query, field) => {
        expectError(await http().get(`/user/list?${query}`), 400, field);
      });
    });

    describe('the resource routes', () => {
      it('GET /users answers a page with the total', async () => {
        const res = await http().get('/users?page_num=2&page_size=5').expect(200);
        expect(res.body).toMatchObject({ page_num: 2, page_size: 5 });
        expect(res.body.total).toBeGreaterThanOrEqual(15);
        expect(res.body.users.map((u: { user_id: number }) => u.user_id)).toEqual([6, 7, 8, 9, 10]);
      });

      it('GET /users/:id answers one user, 404 when unknown, 400 when not an id', async () => {
        const res = await http().get('/users/3').expect(200);
        expect(res.body.user_name).toBe('test3');
        expectNoSecrets(res);
        expectError(await http().get('/users/4242'), 404);
        expectError(await http().get('/users/x'), 400, /^id /);
      });

      it('POST /users registers a user who can then log in; the name is then taken', async () => {
        const body = {
          user_name: 'alice_e2e',
          password: 'correct-horse-9',
          user_mobile: '13912345678',
        };
        const created = await http().post('/users').send(body).expect(201);
        expect(created.body).toMatchObject({ user_name: 'alice_e2e', user_mobile: '13912345678' });
        expect(created.body.user_id).toBeGreaterThan(15);
        expectNoSecrets(created);

        const fetched = await http().get(`/user/info/${created.body.user_id}`).expect(200);
        expect(fetched.body.user.user_name).toBe('alice_e2e');

        const login = await http()
          .post('/auth/login')
          .send({ user_name: 'alice_e2e', password: 'correct-horse-9' })
          .expect(200);
        expect(login.body.token_type).toBe('Bearer');

        expectError(
          await http().post('/users').send(body),
          409,
          /user_name "alice_e2e" is already taken/,
        );
      });

      it('POST /users refuses a concurrent duplicate with 409, not 500, and logs no hash', async () => {
        const body = {
          user_name: 'racer_e2e',
          password: 'correct-horse-9',
          user_mobile: '13912345678',
        };
        const logged = shop().captureLogs();
        try {
          const answers = await Promise.all([1, 2, 3].map(() => http().post('/users').send(body)));
          expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
        } finally {
          logged.restore();
        }
        expect(logged.text()).not.toMatch(/argon2|correct-horse-9/);
      });

      it.each([
        [{ user_name: 'ab', password: 'correct-horse-9', user_mobile: '13912345678' }, /user_name/],
        [{ user_name: 'bob_e2e', password: 'short1', user_mobile: '13912345678' }, /password/],
        [{ user_name: 'bob_e2e', password: 'onlyletters', user_mobile: '13912345678' }, /password/],
        [
          { user_name: 'bob_e2e', password: 'correct-horse-9', user_mobile: '12345' },
          /user_mobile/,
        ],
        [{ user_name: 'bob_e2e', password: 'correct-horse-9' }, /user_mobile/],
        [
          {
            user_name: 'bob_e2e',
            password: 'correct-horse-9',
            user_mobile: '13912345678',
            is_admin: true,
          },
          /is_admin/,
        ],
        [{ user_name: 42, password: 'correct-horse-9', user_mobile: '13912345678' }, /user_name/],
      ])('POST /users with %j is 400 naming the field', async (body, field) => {
        expectError(await http().post('/users').send(body), 400, field);
      });

      it.each(['Password1', 'qwerty123'])(
        'POST /users refuses the breached password %p with 400 naming the field',
        async (password) => {
          const body = { user_name: 'common_e2e', password, user_mobile: '13912345678' };
          expectError(
            await http().post('/users').send(body),
            400,
            /^password is one of the \d+ most common passwords in breaches/,
          );
          // Nobody was registered with it.
          const login = await http()
            .post('/auth/login')
            .send({ user_name: 'common_e2e', password });
          expect(login.status).toBe(401);
        },
      );

      it('malformed JSON is 400 in the error format', async () => {
        const res = await http()
          .post('/users')
          .set('content-type', 'application/json')
          .send('{"user_name": "x",');
        expectError(res, 400, /JSON/);
      });

      it('a 3 MB body is 413 in the error format', async () => {
        // Over a plain socket: the edge answers before reading the rest, and a client still
        // writing may see EPIPE (supertest then failed the test, not the edge).
        const answer = await postOversized(await baseUrlOf(shop().http), '/users', 3 << 20);
        const json = answer.body.slice(answer.body.indexOf('{'), answer.body.lastIndexOf('}') + 1);
        expectError(
          { status: answer.status, body: JSON.parse(json) } as request.Response,
          413,
          /limit/,
        );
      });

      it('an unknown route is 404 in the error format', async () => {
        expectError(await http().get('/no/such/route'), 404);
      });
    });

    describe('mobile numbers: masked for everyone, whole for their owner', () => {
      const masked = /^1\d\d\*{4}\d{4}$/;
      const mobilesOf = (users: { user_mobile: string }[]) => users.map((u) => u.user_mobile);

      it('the public routes show 138****8000', async () => {
        expect((await http().get('/users/5').expect(200)).body.user_mobile).toBe('138****8000');
        expect((await http().get('/user/info/5').expect(200)).body.user.user_mobile).toBe(
          '138****8000',
        );
        const page = (await http().get('/users?page_size=100').expect(200)).body;
        const course = (await http().get('/user/list?page_size=100').expect(200)).body;
        for (const mobile of [...mobilesOf(page.users), ...mobilesOf(course.user)])
          expect(mobile).toMatch(masked);
        const one = await unary<object, { user: { user_mobile: string } }>(grpc.users, 'GetUser', {
          user_id: 5,
        });
        expect(one.response?.user.user_mobile).toBe('138****8000');
        const list = await unary<object, { users: { user_mobile: string }[] }>(
          grpc.users,
          'ListUsers',
          { page_size: 100 },
        );
        for (const mobile of mobilesOf(list.response!.users)) expect(mobile).toMatch(masked);
      });

      it('GET /users/me and gRPC GetMe show the owner the whole number, and need the token', async () => {
        const token = (
          await http().post('/auth/login').send({ user_name: 'test6', password: '123456' })
        ).body.access_token as string;
        const me = await http().get('/users/me').set('authorization', `Bearer ${token}`);
        expect(me.status).toBe(200);
        expect(me.body).toMatchObject({
          user_id: 6,
          user_name: 'test6',
          user_mobile: '13800138000',
        });
        expectNoSecrets(me);
        expectError(await http().get('/users/me'), 401);
        expectError(await http().get('/users/me').set('authorization', 'Bearer x.y.z'), 401);

        const metadata = new Metadata();
        metadata.set('authorization', `Bearer ${token}`);
        const own = await unary<object, { user: { user_mobile: string } }>(
          grpc.users,
          'GetMe',
          {},
          metadata,
        );
        expect(own.response?.user.user_mobile).toBe('13800138000');
        const anonymous = await unary(grpc.users, 'GetMe', {});
        expect(anonymous.error?.code).toBe(GrpcStatus.UNAUTHENTICATED);
      });
    });

    describe('POST /auth/login', () => {
      it('answers a JWT for the demo user test1 / 123456', async () => {
        const res = await http()
          .post('/auth/login')
          .send({ user_name: 'test1', password: '123456' })
          .expect(200);
        expect(res.body).toEqual({
          access_token: expect.any(String),
          token_type: 'Bearer',
          expires_in: 3600,
          refresh_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
          refresh_expires_in: 2_592_000,
        });
        const [header, payload] = res.body.access_token
          .split('.')
          .slice(0, 2)
          .map((part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()));
        expect(header).toEqual({ alg: 'EdDSA', kid: expect.any(String), typ: 'at+jwt' });
        expect(payload).toMatchObject({
          sub: '1',
          name: 'test1',
          iss: 'nestmall',
          aud: 'nestmall',
          exp: payload.iat + 3600,
          sid: expect.any(String),
        });
      });

      it('is 401 with the same message for a wrong password and an unknown user', async () => {
        const wrong = await http()
          .post('/auth/login')
          .send({ user_name: 'test1', password: 'nope' });
        const unknown = await http()
          .post('/auth/login')
          .send({ user_name: 'ghost', password: 'nope' });
        expectError(wrong, 401);
        expectError(unknown, 401);
        expect(wrong.body.message).toBe(unknown.body.message);
      });

      it('takes the name in any case and without surrounding spaces, on every database', async () => {
        for (const user_name of ['TEST2', 'test2 ', ' Test2']) {
          const res = await http().post('/auth/login').send({ user_name, password: '123456' });
          expect({ user_name, status: res.status }).toEqual({ user_name, status: 200 });
          const [, payload] = res.body.access_token.split('.');
          expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
            sub: '2',
            name: 'test2',
          });
        }
      });

      it('refuses to register a name that differs from a taken one only in case (409)', async () => {
        const body = {
          user_name: 'TEST3',
          password: 'correct-horse-9',
          user_mobile: '13912345678',
        };
        expectError(
          await http().post('/users').send(body),
          409,
          /user_name "TEST3" is already taken/,
        );
      });

      it('is 400 naming the missing field', async () => {
        expectError(await http().post('/auth/login').send({ user_name: 'test1' }), 400, /password/);
      });
    });

    describe('Swagger', () => {
      it('serves the UI at /docs and documents every route with its errors at /docs-json', async () => {
        await http().get('/docs').expect(200).expect('content-type', /html/);
        const doc = (await http().get('/docs-json').expect(200)).body;
        expect(Object.keys(doc.paths)).toEqual(
          expect.arrayContaining([
            '/auth/login',
            '/user/info/{user_id}',
            '/user/list',
            '/users',
            '/users/{id}',
          ]),
        );
        expect(doc.paths['/user/info/{user_id}'].get.responses).toHaveProperty('400');
        expect(doc.paths['/user/info/{user_id}'].get.responses).toHaveProperty('404');
        expect(doc.paths['/users'].post.responses).toHaveProperty('409');
        const pageSize = doc.paths['/user/list'].get.parameters.find(
          (p: { name: string }) => p.name === 'page_size',
        );
        expect(pageSize.schema.maximum).toBe(100);
        expect(pageSize.schema.type).toBe('integer');
        expect(doc.components.schemas).toHaveProperty('ErrorBody');
      });

      openApiDocumentSuite(http);
    });

    describe('gRPC', () => {
      it('answers the standard health check and lists its services through reflection', async () => {
        expect(await healthStatus(shop().grpcUrl)).toBe('SERVING');
        expect(await healthStatus(shop().grpcUrl, 'nestmall.user.v1.UserService')).toBe('SERVING');
        const listed = await reflectedServices(shop().grpcUrl);
        expect(listed).toContain('nestmall.user.v1.UserService');
        // @grpc/reflection 1.0 names a service of a package-less file with a leading dot (".Hello");
        // the wire path stays /Hello/SayHello. Accept either spelling, so a fixed release passes too.
        expect(listed.filter((name) => /^\.?Hello$/.test(name))).toHaveLength(1);
      });

      it('Hello.SayHello answers "Hello GRPC"', async () => {
        const { response } = await unary(grpc.hello, 'SayHello', { name: 'GRPC' });
        expect(response).toEqual({ message: 'Hello GRPC' });
      });

      it('UserService.GetUser answers test5, NOT_FOUND and INVALID_ARGUMENT', async () => {
        const ok = await unary<object, { user: { user_name: string } }>(grpc.users, 'GetUser', {
          user_id: 5,
        });
        expect(ok.response?.user).toMatchObject({ user_id: 5, user_name: 'test5' });
        expect(JSON.stringify(ok.response)).not.toMatch(/argon2|pwd|password/);
        expect((await unary(grpc.users, 'GetUser', { user_id: 99999 })).error?.code).toBe(
          GrpcStatus.NOT_FOUND,
        );
        expect((await unary(grpc.users, 'GetUser', { user_id: 0 })).error?.code).toBe(
          GrpcStatus.INVALID_ARGUMENT,
        );
        expect((await unary(grpc.users, 'GetUser', { user_id: -7 })).error?.code).toBe(
          GrpcStatus.INVALID_ARGUMENT,
        );
      });

      it('UserService.ListUsers pages, and refuses a page_size over 100 with INVALID_ARGUMENT', async () => {
        const ok = await unary<object, { users: unknown[]; total: number }>(
          grpc.users,
          'ListUsers',
          {},
        );
        expect(ok.response?.users).toHaveLength(10);
        expect(ok.response?.total).toBeGreaterThanOrEqual(15);
        const tooBig = await unary(grpc.users, 'ListUsers', { page_num: 1, page_size: 1000 });
        expect(tooBig.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
        expect(tooBig.error?.details).toMatch(/page_size/);
      });

      it('UserService.LogIn answers UNAUTHENTICATED on a bad password', async () => {
        const bad = await unary(grpc.users, 'LogIn', { user_name: 'test1', password: 'nope' });
        expect(bad.error?.code).toBe(GrpcStatus.UNAUTHENTICATED);
        const good = await unary<object, { access_token: string }>(grpc.users, 'LogIn', {
          user_name: 'test1',
          password: '123456',
        });
        expect(good.response?.access_token.split('.')).toHaveLength(3);
      });

      it('UserService.RegisterUser checks the same rules as REST', async () => {
        const bad = await unary(grpc.users, 'RegisterUser', {
          user_name: 'grpc_user',
          password: 'weak',
          user_mobile: '13800138000',
        });
        expect(bad.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
        expect(bad.error?.details).toMatch(/password/);
        const common = await unary(grpc.users, 'RegisterUser', {
          user_name: 'grpc_user',
          password: 'trustno1',
          user_mobile: '13800138000',
        });
        expect(common.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
        expect(common.error?.details).toMatch(/^password is one of the \d+ most common/);
        const good = await unary<object, { user: { user_name: string } }>(
          grpc.users,
          'RegisterUser',
          {
            user_name: 'grpc_user',
            password: 'correct-horse-9',
            user_mobile: '13800138000',
          },
        );
        expect(good.response?.user.user_name).toBe('grpc_user');
        const again = await unary(grpc.users, 'RegisterUser', {
          user_name: 'grpc_user',
          password: 'correct-horse-9',
          user_mobile: '13800138000',
        });
        expect(again.error?.code).toBe(GrpcStatus.ALREADY_EXISTS);
      });
    });
  });
}
