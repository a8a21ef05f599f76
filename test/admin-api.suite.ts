import * as grpc from '@grpc/grpc-js';
import request from 'supertest';
import { ADMIN_PROTO, DEMO_STAFF_PASSWORD } from '@nestmall/admin';
import { expectErrorBody } from './support/error-format.js';
import { serviceClient, unary } from './support/grpc.js';
import type { ShopUnderTest } from './support/shop.js';
import { clientCredentials } from './support/tls.js';

type Http = ReturnType<typeof request>;

/**
 * The back office through the REST edge and over gRPC, against whichever topology `shop()` runs:
 * staff log-in, the permission of every route (a buyer's token refused), staff changes in the
 * audit log with before and after. `adminGrpcUrl()` serves nestmall.admin.v1.AdminService.
 */
export function adminApiSuite(
  name: string,
  shop: () => ShopUnderTest,
  adminGrpcUrl: () => string,
): void {
  describe(`admin API (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();

    async function staffToken(email: string, password = DEMO_STAFF_PASSWORD): Promise<string> {
      if (!tokens.has(email)) {
        const res = await http().post('/admin/auth/login').send({ email, password }).expect(200);
        tokens.set(email, res.body.access_token);
      }
      return tokens.get(email)!;
    }
    const admin = () => staffToken('admin@nestmall.example');
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    async function buyerToken(): Promise<string> {
      const res = await http()
        .post('/auth/login')
        .send({ user_name: 'test1', password: '123456' })
        .expect(200);
      return res.body.access_token;
    }

    it('logs the demo staff in with a staff token and the permissions of their role', async () => {
      const res = await http()
        .post('/admin/auth/login')
        .send({ email: 'Auditor@Nestmall.example', password: DEMO_STAFF_PASSWORD })
        .expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: expect.any(Number),
        staff: {
          email: 'auditor@nestmall.example',
          role: 'auditor',
          permissions: ['product:review', 'audit:read'],
        },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/);
      const me = await http().get('/admin/staff/me').set(bearer(res.body.access_token)).expect(200);
      expect(me.body).toMatchObject({ role: 'auditor' });
    });

    it('refuses wrong credentials with 401 and a bad body with 400 naming the field', async () => {
      const wrong = await http()
        .post('/admin/auth/login')
        .send({ email: 'admin@nestmall.example', password: 'not-the-password' });
      expectErrorBody(wrong, 401, 'email or password is wrong');
      const unknown = await http()
        .post('/admin/auth/login')
        .send({ email: 'nobody@nestmall.example', password: DEMO_STAFF_PASSWORD });
      expectErrorBody(unknown, 401, 'email or password is wrong');
      const missing = await http().post('/admin/auth/login').send({ password: 'x' });
      expectErrorBody(missing, 400, /email/);
      // A buyer's credentials are no staff account.
      const buyer = await http()
        .post('/admin/auth/login')
        .send({ email: 'test1', password: '123456' });
      expectErrorBody(buyer, 401);
    });

    it("refuses a buyer's token on every admin route and a staff token on the buyers' routes", async () => {
      const buyer = await buyerToken();
      for (const [method, path] of [
        ['get', '/admin/staff/me'],
        ['get', '/admin/staff'],
        ['post', '/admin/staff'],
        ['patch', '/admin/staff/1/role'],
        ['get', '/admin/audit'],
      ] as const) {
        const res = await http()[method](path).set(bearer(buyer)).send({});
        expectErrorBody(res, 401, /staff access token is invalid or expired/);
        const none = await http()[method](path).send({});
        expectErrorBody(none, 401, /staff access token is required/);
      }
      const staffOnBuyerRoute = await http()
        .get('/orders')
        .set(bearer(await admin()));
      expectErrorBody(staffOnBuyerRoute, 401);
    });

    it('checks the permission of each route: 403 naming it, 200 for the roles that hold it', async () => {
      const merch = await staffToken('merch@nestmall.example');
      const support = await staffToken('support@nestmall.example');
      const auditor = await staffToken('auditor@nestmall.example');
      expectErrorBody(
        await http().get('/admin/audit').set(bearer(merch)),
        403,
        'this needs the audit:read permission (role merchandiser)',
      );
      expectErrorBody(await http().get('/admin/audit').set(bearer(support)), 403, /audit:read/);
      expectErrorBody(
        await http().post('/admin/staff').set(bearer(auditor)).send({}),
        403,
        /staff:manage/,
      );
      expectErrorBody(await http().get('/admin/staff').set(bearer(merch)), 403, /staff:manage/);
      await http().get('/admin/audit').set(bearer(auditor)).expect(200);
      const staff = await http()
        .get('/admin/staff')
        .set(bearer(await admin()))
        .expect(200);
      expect(staff.body.map((s: { role: string }) => s.role)).toEqual(
        expect.arrayContaining(['admin', 'merchandiser', 'auditor', 'support']),
      );
    });

    it('creates staff and changes roles, each in the audit log with before and after', async () => {
      const email = `e2e-${Date.now()}@nestmall.example`;
      const created = await http()
        .post('/admin/staff')
        .set(bearer(await admin()))
        .send({ email, name: 'E2E merch', role: 'merchandiser', password: 'e2e-password-1' })
        .expect(201);
      expect(created.body).toMatchObject({ email, role: 'merchandiser' });
      const id = created.body.staff_id as number;
      const duplicate = await http()
        .post('/admin/staff')
        .set(bearer(await admin()))
        .send({ email, name: 'Again', role: 'support', password: 'e2e-password-1' });
      expectErrorBody(duplicate, 409, /is taken/);
      const bad = await http()
        .post('/admin/staff')
        .set(bearer(await admin()))
        .send({
          email: 'x@nestmall.example',
          name: 'Short',
          role: 'merchandiser',
          password: 'short',
        });
      expectErrorBody(bad, 400, /^password must be 10 to 128/);
      const badRole = await http()
        .patch(`/admin/staff/${id}/role`)
        .set(bearer(await admin()))
        .send({ role: 'owner' });
      expectErrorBody(badRole, 400, /^role must be one of/);

      const newcomer = await staffToken(email, 'e2e-password-1');
      expectErrorBody(await http().get('/admin/audit').set(bearer(newcomer)), 403);
      await http()
        .patch(`/admin/staff/${id}/role`)
        .set(bearer(await admin()))
        .send({ role: 'auditor' })
        .expect(200);
      // The role counts at once, with the token issued before the change.
      await http().get('/admin/audit').set(bearer(newcomer)).expect(200);

      const audit = await http()
        .get('/admin/audit')
        .query({ entity_type: 'staff', entity_id: String(id) })
        .set(bearer(newcomer))
        .expect(200);
      expect(audit.body.total).toBe(2);
      const [role, create] = audit.body.entries;
      expect(role).toMatchObject({
        action: 'staff.role',
        actor_email: 'admin@nestmall.example',
        before: { role: 'merchandiser', email },
        after: { role: 'auditor', email },
      });
      expect(create).toMatchObject({
        action: 'staff.create',
        before: null,
        after: { role: 'merchandiser' },
      });
      expect(new Date(create.at).toISOString()).toBe(create.at);
      expect(JSON.stringify(audit.body)).not.toMatch(/argon2|password/);
    });

    it('refuses bad audit queries with 400 naming the field, and pages', async () => {
      const auditor = await staffToken('auditor@nestmall.example');
      expectErrorBody(
        await http().get('/admin/audit').query({ page_size: 500 }).set(bearer(auditor)),
        400,
        /page_size/,
      );
      expectErrorBody(
        await http().get('/admin/audit').query({ action: "x' OR 1=1" }).set(bearer(auditor)),
        400,
        /action/,
      );
      const page = await http()
        .get('/admin/audit')
        .query({ page_size: 1, action: 'staff.create' })
        .set(bearer(auditor))
        .expect(200);
      expect(page.body.entries).toHaveLength(1);
      expect(page.body.total).toBeGreaterThanOrEqual(4);
    });

    describe('over gRPC (nestmall.admin.v1.AdminService)', () => {
      let client: grpc.Client;
      beforeAll(() => {
        client = serviceClient(
          adminGrpcUrl(),
          ADMIN_PROTO,
          'nestmall.admin.v1.AdminService',
          clientCredentials('gateway'),
        );
      });
      afterAll(() => client?.close());
      const withToken = (token: string) => {
        const metadata = new grpc.Metadata();
        metadata.set('authorization', `Bearer ${token}`);
        return metadata;
      };

      it('checks the staff token and the permission itself', async () => {
        const none = await unary(client, 'ListAudit', {});
        expect(none.error?.code).toBe(grpc.status.UNAUTHENTICATED);
        const buyer = await unary(client, 'GetMe', {}, withToken(await buyerToken()));
        expect(buyer.error?.code).toBe(grpc.status.UNAUTHENTICATED);
        const merch = await staffToken('merch@nestmall.example');
        const denied = await unary(client, 'ListAudit', {}, withToken(merch));
        expect(denied.error?.code).toBe(grpc.status.PERMISSION_DENIED);
        const me = await unary<object, { role: string }>(client, 'GetMe', {}, withToken(merch));
        expect(me.response?.role).toBe('merchandiser');
        const auditor = await staffToken('auditor@nestmall.example');
        const page = await unary<object, { entries: { action: string; after_json: string }[] }>(
          client,
          'ListAudit',
          { action: 'staff.create', page_size: 2 },
          withToken(auditor),
        );
        expect(page.response?.entries).toHaveLength(2);
        expect(JSON.parse(page.response!.entries[0].after_json)).toMatchObject({
          email: expect.any(String),
        });
        const tooBig = await unary(client, 'ListAudit', { page_size: 101 }, withToken(auditor));
        expect(tooBig.error?.code).toBe(grpc.status.INVALID_ARGUMENT);
      });

      it('answers Authenticate only to the apps that check staff tokens', async () => {
        // The ranking-service serves no staff route: it may not ask who a staff token is.
        const asRanking = serviceClient(
          adminGrpcUrl(),
          ADMIN_PROTO,
          'nestmall.admin.v1.AdminService',
          clientCredentials('ranking-service'),
        );
        try {
          const token = await staffToken('merch@nestmall.example');
          const refused = await unary(asRanking, 'Authenticate', {
            authorization: `Bearer ${token}`,
          });
          expect(refused.error?.code).toBe(grpc.status.PERMISSION_DENIED);
          const allowed = await unary<object, { role: string }>(client, 'Authenticate', {
            authorization: `Bearer ${token}`,
          });
          expect(allowed.response?.role).toBe('merchandiser');
        } finally {
          asRanking.close();
        }
      });
    });
  });
}
