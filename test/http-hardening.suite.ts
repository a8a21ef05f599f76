import { setTimeout as sleep } from 'node:timers/promises';
import { status as GrpcStatus } from '@grpc/grpc-js';
import request from 'supertest';
import { grpcClients, unary, type GrpcClients } from './support/grpc.js';
import { expectErrorBody } from './support/error-format.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

/** `{"a":{"a":...}}` nested `depth` deep, built as text (JSON.stringify would recurse too). */
function nestedJson(depth: number, leaf = '1'): string {
  return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
}

/** What the suite's shop must be started with (see the spec files). */
export const HARDENING_ENV = {
  AUTH_ATTEMPTS_PER_MINUTE: '20',
  LOGIN_FAILURES_BEFORE_BACKOFF: '5',
};

export interface HardeningOptions {
  /** The shop keeps its limits in Redis: these keys must then hold them. */
  redisKeys?: () => Promise<string[]>;
}

/**
 * The abuse limits and hardening of the REST edge (issue 11), against whichever topology
 * `shop()` runs: the monolith, or the gateway in front of the services. Started with
 * HARDENING_ENV; the tests of the per-address limits come last, since they spend the budget
 * of 127.0.0.1 for a minute.
 */
export function httpHardeningSuite(
  name: string,
  shop: () => ShopUnderTest,
  options: HardeningOptions = {},
): void {
  describe(`HTTP hardening (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const logIn = (user_name: string, password: string) =>
      http().post('/auth/login').send({ user_name, password });
    let grpc: GrpcClients;

    beforeAll(() => {
      grpc = grpcClients(shop().grpcUrl);
    });

    afterAll(() => grpc?.close());

    describe('JSON depth limit', () => {
      it.each(['/auth/login', '/users'])(
        'POST %s with a body nested 2,000 deep is 400 naming the limit',
        async (route) => {
          const res = await http()
            .post(route)
            .set('content-type', 'application/json')
            .send(nestedJson(2000));
          expectErrorBody(res, 400, /nested deeper than the limit of 32 levels/);
        },
      );

      it('refuses a body nested 50,000 deep cheaply (median of 5 well under 0.4 s)', async () => {
        // Arrays: 100,001 bytes, just inside the 100 kB body limit.
        const body = '['.repeat(50_000) + '1' + ']'.repeat(50_000);
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          const res = await http()
            .post('/auth/login')
            .set('content-type', 'application/json')
            .send(body);
          times.push(performance.now() - started);
          expectErrorBody(res, 400, /nested deeper/);
        }
        times.sort((a, b) => a - b);
        expect(times[2]).toBeLessThan(150);
      });

      it('lets a body at the limit through to validation, which names the field', async () => {
        const res = await http()
          .post('/auth/login')
          .set('content-type', 'application/json')
          .send(`{"user_name":${nestedJson(31)},"password":"x"}`);
        expectErrorBody(res, 400, /user_name/);
      });
    });

    describe('log-in backoff per account', () => {
      it('makes an account wait after 5 failures, even for the right password, over REST and gRPC', async () => {
        // Six real failures (a 429 in between is waited out): the account now waits 2 s.
        let failures = 0;
        while (failures < 6) {
          const res = await logIn('test7', 'wrong-password-1');
          if (res.status === 429) {
            await sleep(Number(res.headers['retry-after']) * 1000);
            continue;
          }
          expect(res.status).toBe(401);
          failures++;
        }
        const blocked = await logIn('TEST7 ', '123456');
        expectErrorBody(
          blocked,
          429,
          /too many failed log-ins for this account: try again in \d+ s/,
        );
        const retryAfter = Number(blocked.headers['retry-after']);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        // 2 s after six failures; up to 8 s should a slow verification be retried (gateway).
        expect(retryAfter).toBeLessThanOrEqual(8);
        const overGrpc = await unary(grpc.users, 'LogIn', {
          user_name: 'test7',
          password: '123456',
        });
        expect(overGrpc.error?.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
        expect(overGrpc.error?.metadata.get('retry-after')).toHaveLength(1);

        await sleep(retryAfter * 1000 + 100);
        await logIn('test7', '123456').expect(200);
        // The success started the count over: a failure is a plain 401 again.
        expectErrorBody(await logIn('test7', 'wrong-password-1'), 401);
        await logIn('test7', '123456').expect(200);
      });
    });

    describe('per client address (last: they spend the budget of 127.0.0.1)', () => {
      it('refuses more than 5 registrations of one user name in 10 minutes, whatever its case', async () => {
        const body = { password: 'correct-horse-9', user_mobile: '13912345678' };
        const statuses: number[] = [];
        for (const user_name of ['limit_e2e', 'Limit_E2E', 'limit_e2e', 'LIMIT_E2E', 'limit_e2e']) {
          statuses.push(
            (
              await http()
                .post('/users')
                .send({ ...body, user_name })
            ).status,
          );
        }
        expect(statuses[0]).toBe(201);
        const refused = await http()
          .post('/users')
          .send({ ...body, user_name: 'limit_e2e' });
        expectErrorBody(refused, 429, /too many attempts: try again in \d+ s/);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
      });

      it.each([
        ['/auth/login', (i: number) => ({ user_name: `ghost_${i}`, password: 'wrong-password-1' })],
        ['/users', (i: number) => ({ user_name: `a${i}`, password: 'x', user_mobile: '1' })],
      ])(
        'answers POST %s over 20 a minute from one address with 429 and Retry-After',
        async (route, body) => {
          const statuses: number[] = [];
          let refused: request.Response | undefined;
          for (let i = 0; i < 22 && !refused; i++) {
            const res = await http().post(route).send(body(i));
            statuses.push(res.status);
            if (res.status === 429) refused = res;
          }
          expect(refused).toBeDefined();
          expect(statuses.length).toBeLessThanOrEqual(21);
          expectErrorBody(refused!, 429, /too many attempts/);
          const retryAfter = Number(refused!.headers['retry-after']);
          expect(retryAfter).toBeGreaterThan(50);
          expect(retryAfter).toBeLessThanOrEqual(60);
          // A route without the limit still answers.
          await http().get('/users/1').expect(200);
        },
      );

      if (options.redisKeys) {
        it('keeps these counts in Redis, where every replica of the edge sees them', async () => {
          const keys = await options.redisKeys!();
          expect(keys.some((k) => k.includes(':throttle:address:'))).toBe(true);
          expect(keys.some((k) => k.includes(':throttle:login:'))).toBe(true);
        });
      }
    });
  });
}
