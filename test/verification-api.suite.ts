import * as grpc from '@grpc/grpc-js';
import { protoContract } from '@nestmall/contracts';
import { VERIFICATION_PROTO } from '@nestmall/verification';
import request from 'supertest';
import { serviceClient, unary } from './support/grpc.js';
import { clientCredentials } from './support/tls.js';
import { expectErrorBody as expectError } from './support/error-format.js';
import type { Sandboxes } from './support/sandboxes.js';
import type { ShopUnderTest } from './support/shop.js';

/** The settings the suite runs the shop with (short, so TTL and cooldown run out in the test). */
export const VERIFICATION_TEST_ENV = {
  VERIFICATION_SECRET: 'e2e-verification-secret-0123456789abcdef',
  VERIFICATION_CODE_TTL_SECONDS: '8',
  VERIFICATION_MAX_ATTEMPTS: '3',
  VERIFICATION_RESEND_COOLDOWN_SECONDS: '1',
  VERIFICATION_MAX_PER_DESTINATION_PER_HOUR: '3',
  VERIFICATION_MAX_PER_CLIENT_PER_HOUR: '60',
};

let numbers = 0;
/** A mobile number no other test (or run) uses: 139 + 8 digits. */
export function freshMobile(): string {
  const n = (Date.now() % 1_000_000) * 100 + (numbers++ % 100);
  return `139${String(n).padStart(8, '0').slice(-8)}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Codes by SMS and e-mail through the real sandboxes, and the users' flows that take them:
 * registration, log-in, password reset and mobile change by code, against any topology.
 */
export function verificationApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  sandboxes: () => Sandboxes,
  grpcUrls: () => { users: string; verification: string },
): void {
  describe(`verification and code flows (${name})`, () => {
    const http = () => request(shop().http as Parameters<typeof request>[0]);
    const sms = () => sandboxes().sms;

    async function sendCode(purpose: string, destination: string, expected = 202) {
      const res = await http().post('/verification/codes').send({ purpose, destination });
      expect(res.status).toBe(expected);
      return res;
    }

    async function codeFor(purpose: string, mobile: string): Promise<string> {
      const before = (await sms().messages(mobile)).length;
      await sendCode(purpose, mobile);
      return sms().codeFor(mobile, before + 1);
    }

    async function register(mobile: string, userName: string, password = 'correct-horse-9') {
      const code = await codeFor('register_by_mobile', mobile);
      const res = await http()
        .post('/auth/register-by-code')
        .send({ user_name: userName, password, user_mobile: mobile, code });
      expect(res.status).toBe(201);
      return { res, code };
    }

    const userName = () => `v${Date.now().toString(36)}${numbers++}`;

    it('registers by mobile with the SMS code; the code works once and is never in an answer', async () => {
      const mobile = freshMobile();
      const answer = await sendCode('register_by_mobile', mobile);
      expect(answer.body).toEqual({ expires_in: 8, resend_after: 1 });
      const code = await sms().codeFor(mobile);
      expect(answer.text).not.toContain(code);
      const name = userName();
      const created = await http()
        .post('/auth/register-by-code')
        .send({ user_name: name, password: 'correct-horse-9', user_mobile: mobile, code })
        .expect(201);
      expect(created.body).toMatchObject({ user_name: name, user_mobile: mobile });
      // The number is taken now (it is checked before the code, which stays unspent).
      expectError(
        await http()
          .post('/auth/register-by-code')
          .send({ user_name: userName(), password: 'correct-horse-9', user_mobile: mobile, code }),
        409,
        /user_mobile/,
      );
      await http()
        .post('/auth/login')
        .send({ user_name: name, password: 'correct-horse-9' })
        .expect(200);
    });

    it('refuses a code that was used already (single use)', async () => {
      const mobile = freshMobile();
      await register(mobile, userName());
      const code = await codeFor('login_by_code', mobile);
      await http().post('/auth/login-by-code').send({ user_mobile: mobile, code }).expect(200);
      expectError(
        await http().post('/auth/login-by-code').send({ user_mobile: mobile, code }),
        400,
        /code is wrong, expired or already used/,
      );
    });

    it('lets exactly one of parallel log-ins with the same right code through', async () => {
      const mobile = freshMobile();
      await register(mobile, userName());
      const code = await codeFor('login_by_code', mobile);
      const answers = await Promise.all(
        Array.from({ length: 3 }, () =>
          http().post('/auth/login-by-code').send({ user_mobile: mobile, code }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400]);
    });

    it('logs in by code: the session works on GET /users/me', async () => {
      const mobile = freshMobile();
      const name = userName();
      await register(mobile, name);
      const code = await codeFor('login_by_code', mobile);
      const login = await http()
        .post('/auth/login-by-code')
        .send({ user_mobile: mobile, code })
        .expect(200);
      const me = await http()
        .get('/users/me')
        .set('authorization', `Bearer ${login.body.access_token}`)
        .expect(200);
      expect(me.body).toMatchObject({ user_name: name, user_mobile: mobile });
    });

    it('a code proves one purpose only: a register code does not log in', async () => {
      const mobile = freshMobile();
      await register(mobile, userName());
      await sleep(1100); // the cooldown
      const code = await codeFor('register_by_mobile', mobile);
      expectError(
        await http().post('/auth/login-by-code').send({ user_mobile: mobile, code }),
        400,
        /code is wrong/,
      );
    });

    it('resets the password by code: the old password and the old sessions stop working', async () => {
      const mobile = freshMobile();
      const name = userName();
      await register(mobile, name, 'old-password-1');
      const old = await http()
        .post('/auth/login')
        .send({ user_name: name, password: 'old-password-1' })
        .expect(200);
      await sleep(1100);
      const code = await codeFor('reset_password', mobile);
      await http()
        .post('/auth/reset-password')
        .send({ user_mobile: mobile, code, new_password: 'new-password-2' })
        .expect(204);
      expectError(
        await http().post('/auth/login').send({ user_name: name, password: 'old-password-1' }),
        401,
      );
      await http()
        .post('/auth/login')
        .send({ user_name: name, password: 'new-password-2' })
        .expect(200);
      expectError(
        await http().post('/auth/refresh').send({ refresh_token: old.body.refresh_token }),
        401,
      );
    });

    it('changes the mobile with a code sent to the NEW number, bound to the buyer who asked', async () => {
      const mobile = freshMobile();
      const name = userName();
      await register(mobile, name);
      const token = (
        await http().post('/auth/login').send({ user_name: name, password: 'correct-horse-9' })
      ).body.access_token as string;
      const other = freshMobile();
      await register(other, userName());

      const newMobile = freshMobile();
      const auth = { authorization: `Bearer ${token}` };
      await http().post('/users/me/mobile/code').send({ user_mobile: newMobile }).expect(401);
      expectError(
        await http().post('/users/me/mobile/code').set(auth).send({ user_mobile: other }),
        409,
        /user_mobile/,
      );
      await http()
        .post('/users/me/mobile/code')
        .set(auth)
        .send({ user_mobile: newMobile })
        .expect(202);
      const code = await sms().codeFor(newMobile);
      // The same code from another buyer's session: bound to the one who asked.
      const otherLogin = await http()
        .post('/auth/login-by-code')
        .send({ user_mobile: other, code: await codeFor('login_by_code', other) })
        .expect(200);
      expectError(
        await http()
          .patch('/users/me/mobile')
          .set('authorization', `Bearer ${otherLogin.body.access_token}`)
          .send({ user_mobile: newMobile, code }),
        400,
        /code is wrong/,
      );
      const changed = await http()
        .patch('/users/me/mobile')
        .set(auth)
        .send({ user_mobile: newMobile, code })
        .expect(200);
      expect(changed.body).toMatchObject({ user_name: name, user_mobile: newMobile });
      const me = await http().get('/users/me').set(auth).expect(200);
      expect(me.body.user_mobile).toBe(newMobile);
    });

    it('a code cannot be guessed: the attempt limit voids it, even for the right code then', async () => {
      const mobile = freshMobile();
      await register(mobile, userName());
      const code = await codeFor('login_by_code', mobile);
      const wrong = code === '000000' ? '000001' : '000000';
      const attempt = (c: string) =>
        http().post('/auth/login-by-code').send({ user_mobile: mobile, code: c });
      expectError(await attempt(wrong), 400, /code is wrong/);
      expectError(await attempt(wrong), 400, /code is wrong/);
      expectError(await attempt(wrong), 429, /too many wrong codes/);
      expectError(await attempt(code), 400, /code is wrong/);
    });

    it('a code does not work after its time to live', async () => {
      const mobile = freshMobile();
      await register(mobile, userName());
      const code = await codeFor('login_by_code', mobile);
      await sleep(8_500);
      expectError(
        await http().post('/auth/login-by-code').send({ user_mobile: mobile, code }),
        400,
        /code is wrong, expired or already used/,
      );
    }, 30_000);

    it('answers 429 during the resend cooldown and past the per-number hourly limit', async () => {
      const mobile = freshMobile();
      await sendCode('login_by_code', mobile);
      const cooling = await sendCode('login_by_code', mobile, 429);
      expectError(cooling, 429, /wait \d+ s/);
      for (let i = 0; i < 2; i++) {
        await sleep(1100);
        await sendCode('login_by_code', mobile);
      }
      await sleep(1100);
      expectError(await sendCode('login_by_code', mobile, 429), 429, /at most 3 codes an hour/);
    });

    it('sends e-mail codes through the SMTP sink', async () => {
      const address = `buyer-${Date.now()}@example.com`;
      await sendCode('reset_password', address.toUpperCase());
      const code = await sandboxes().mail.codeFor(address);
      const [message] = await sandboxes().mail.messages(address);
      expect(message.subject).toMatch(/reset your password/);
      expect(message.text).toContain(code);
    });

    it('refuses bad input with a 400 naming the field', async () => {
      expectError(
        await http().post('/verification/codes').send({ purpose: 'x', destination: '13900000000' }),
        400,
        /purpose/,
      );
      expectError(
        await http()
          .post('/verification/codes')
          .send({ purpose: 'change_mobile', destination: '13900000000' }),
        400,
        /purpose/,
      );
      expectError(
        await http()
          .post('/verification/codes')
          .send({ purpose: 'login_by_code', destination: 'x' }),
        400,
        /destination/,
      );
      expectError(
        await http().post('/auth/login-by-code').send({ user_mobile: '13900000000', code: '12' }),
        400,
        /code/,
      );
    });

    describe('over gRPC: callers proved by mutual TLS, users by their token', () => {
      const USER_CODES = protoContract('nestmall.user.v1', 'nestmall/user/v1/user_codes.proto');
      async function call(
        target: 'users' | 'verification',
        method: string,
        body: object,
        as: string | null,
        token?: string,
      ) {
        const client =
          target === 'users'
            ? serviceClient(
                grpcUrls().users,
                USER_CODES,
                'nestmall.user.v1.UserCodeService',
                clientCredentials(as),
              )
            : serviceClient(
                grpcUrls().verification,
                VERIFICATION_PROTO,
                'nestmall.verification.v1.VerificationService',
                clientCredentials(as),
              );
        const metadata = new grpc.Metadata();
        if (token) metadata.set('authorization', `Bearer ${token}`);
        try {
          return (await unary(client, method, body, metadata)).error?.code ?? grpc.status.OK;
        } finally {
          client.close();
        }
      }

      it('VerificationService answers its own callers only', async () => {
        const check = { purpose: 'login_by_code', destination: '13900000000', code: '123456' };
        expect(await call('verification', 'CheckCode', check, 'gateway')).toBe(
          grpc.status.PERMISSION_DENIED,
        );
        expect(await call('verification', 'CheckCode', check, null)).toBe(
          grpc.status.UNAUTHENTICATED,
        );
        expect(
          await call('verification', 'IssueCode', { purpose: 'login_by_code' }, 'order-service'),
        ).toBe(grpc.status.PERMISSION_DENIED);
        expect(
          await call('verification', 'CheckCode', { ...check, purpose: 'x' }, 'user-service'),
        ).toBe(grpc.status.INVALID_ARGUMENT);
      });

      it("UserCodeService changes the token's user's mobile only, and only the gateway asks for its code", async () => {
        const mobile = freshMobile();
        await register(mobile, userName());
        const code = await codeFor('login_by_code', mobile);
        const token = (
          await http().post('/auth/login-by-code').send({ user_mobile: mobile, code }).expect(200)
        ).body.access_token as string;
        const change = { user_mobile: freshMobile(), code: '123456' };
        expect(await call('users', 'ChangeMobile', change, 'gateway')).toBe(
          grpc.status.UNAUTHENTICATED,
        );
        expect(await call('users', 'ChangeMobile', change, 'gateway', 'not-a-token')).toBe(
          grpc.status.UNAUTHENTICATED,
        );
        expect(await call('users', 'ChangeMobile', change, 'gateway', token)).toBe(
          grpc.status.INVALID_ARGUMENT, // a token, but no code was sent to that number
        );
        const ask = { user_mobile: change.user_mobile, client_address: '10.9.8.7' };
        expect(await call('users', 'RequestMobileChangeCode', ask, 'order-service', token)).toBe(
          grpc.status.PERMISSION_DENIED,
        );
      });
    });

    // Last: it spends the client address's hourly allowance.
    it('answers 429 past the per-client-address hourly limit', async () => {
      let status = 202;
      let sent = 0;
      while (status === 202 && sent < 100) {
        const res = await http()
          .post('/verification/codes')
          .send({ purpose: 'login_by_code', destination: freshMobile() });
        status = res.status;
        if (status === 429) expectError(res, 429, /client address/);
        sent++;
      }
      expect(status).toBe(429);
      expect(sent).toBeLessThanOrEqual(61);
    });
  });
}
