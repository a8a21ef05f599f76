import request from 'supertest';
import { expectErrorBody } from './support/error-format.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

/** `{"a":{"a":...}}` nested `depth` deep, built as text (JSON.stringify would recurse too). */
function nestedJson(depth: number, leaf = '1'): string {
  return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
}

/**
 * The abuse limits and hardening of the REST edge (issue 11), against whichever topology
 * `shop()` runs: the monolith, or the gateway in front of the services.
 */
export function httpHardeningSuite(name: string, shop: () => ShopUnderTest): void {
  describe(`HTTP hardening (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);

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
  });
}
