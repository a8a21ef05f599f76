import request from 'supertest';
import { DEMO_STAFF_PASSWORD } from '@nestmall/admin';
import { expectErrorBody } from './support/error-format.js';
import { behave, type Sandbox } from './support/sandboxes.js';
import type { ShopUnderTest } from './support/shop.js';

type Http = ReturnType<typeof request>;

/**
 * The catalog's back office through the REST edge, against whichever topology `shop()` runs:
 * products created, reviewed and shelved by staff (each step with its permission), what a buyer
 * sees and can order, and every change in the audit log with before and after; a product's images
 * through the real moderation sandbox (`moderation()`, a process of its own) when it is approved.
 */
export function catalogAdminSuite(
  name: string,
  shop: () => ShopUnderTest,
  moderation: () => Sandbox,
): void {
  describe(`catalog back office (${name})`, () => {
    const http = (): Http => request(shop().http as Parameters<typeof request>[0]);
    const tokens = new Map<string, string>();
    const run = Date.now().toString(36).toUpperCase();

    async function staff(who: 'admin' | 'merch' | 'auditor' | 'support'): Promise<string> {
      if (!tokens.has(who)) {
        const res = await http()
          .post('/admin/auth/login')
          .send({ email: `${who}@nestmall.example`, password: DEMO_STAFF_PASSWORD })
          .expect(200);
        tokens.set(who, res.body.access_token);
      }
      return tokens.get(who)!;
    }
    const as = async (who: 'admin' | 'merch' | 'auditor' | 'support') => ({
      authorization: `Bearer ${await staff(who)}`,
    });
    async function buyer(user: string): Promise<{ authorization: string }> {
      const res = await http()
        .post('/auth/login')
        .send({ user_name: user, password: '123456' })
        .expect(200);
      return { authorization: `Bearer ${res.body.access_token}` };
    }
    const onSale = async () =>
      ((await http().get('/products').expect(200)).body as { product_id: number }[]).map(
        (p) => p.product_id,
      );
    const order = async (user: string, skuId: string) =>
      http()
        .post('/orders')
        .set(await buyer(user))
        .send({ items: [{ sku_id: skuId, quantity: 1 }] });
    const step = async (
      who: 'admin' | 'merch' | 'auditor' | 'support',
      id: number,
      name: string,
      body: object = {},
    ) =>
      http()
        .post(`/admin/products/${id}/${name}`)
        .set(await as(who))
        .send(body);
    // A brand and a category of this run, made before the products that sit in them.
    const taxa = { brand: 0, category: 0 };
    beforeAll(async () => {
      for (const [kind, path] of [
        ['brand', 'brands'],
        ['category', 'categories'],
      ] as const) {
        const res = await http()
          .post(`/admin/${path}`)
          .set(await as('merch'))
          .send({ name: `E2E ${kind} ${run}` })
          .expect(201);
        taxa[kind] = res.body.id as number;
      }
    });
    type AuditEntry = { action: string; actor_email: string; before: unknown; after: unknown };
    /** The audit entries of an entity, once `count` are there (they follow through the outbox). */
    async function audited(type: string, id: number, count: number): Promise<AuditEntry[]> {
      let entries: AuditEntry[] = [];
      for (let i = 0; i < 100 && entries.length < count; i++) {
        const res = await http()
          .get('/admin/audit')
          .query({ entity_type: type, entity_id: String(id) })
          .set(await as('admin'))
          .expect(200);
        entries = res.body.entries;
        if (entries.length < count) await new Promise((r) => setTimeout(r, 100));
      }
      return entries;
    }
    const product = (sku: string, price = 2490, title = 'Mug 350 ml, white') => ({
      name: `E2E mug ${run}`,
      brand_id: taxa.brand,
      category_id: taxa.category,
      skus: [{ sku_id: sku, title, price_cents: price, attributes: { colour: 'white' } }],
    });

    it('takes a product from draft to the shelf; only then does a buyer see it', async () => {
      const sku = `M${run}A`.slice(0, 32);
      const created = await http()
        .post('/admin/products')
        .set(await as('merch'))
        .send(product(sku))
        .expect(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        brand_id: taxa.brand,
        category_id: taxa.category,
        version: 1,
        skus: [{ sku_id: sku, price_cents: 2490, attributes: { colour: 'white' } }],
      });
      const id = created.body.product_id as number;
      expect(await onSale()).not.toContain(id);

      expect((await step('merch', id, 'submit')).status).toBe(200);
      // A merchandiser may not approve their own product; an auditor may not shelve it.
      expectErrorBody(
        await step('merch', id, 'approve'),
        403,
        'this needs the product:review permission (role merchandiser)',
      );
      expectErrorBody(await step('auditor', id, 'put-on-shelf'), 403, /product:write/);
      expect((await step('auditor', id, 'approve')).body).toMatchObject({ status: 'approved' });
      expect(await onSale()).not.toContain(id);
      const shelved = await step('merch', id, 'put-on-shelf');
      expect(shelved.body).toMatchObject({ status: 'on_shelf', version: 4 });
      const listed = (await http().get('/products').expect(200)).body as {
        product_id: number;
        skus: object[];
      }[];
      expect(listed.find((p) => p.product_id === id)).toMatchObject({
        skus: [{ sku_id: sku, price_cents: 2490, on_shelf: true }],
      });

      // Out of order: 409 naming the status.
      expectErrorBody(await step('auditor', id, 'approve'), 409, /is on_shelf/);

      const found = await http()
        .get('/admin/products')
        .query({ status: 'on_shelf', name: `mug ${run}`.toLowerCase(), brand_id: taxa.brand })
        .set(await as('support'))
        .expect(200);
      expect(found.body).toMatchObject({ total: 1, products: [{ product_id: id }] });
    });

    it('rejects with a reason, then takes the edited product again', async () => {
      const sku = `M${run}B`.slice(0, 32);
      const id = (
        await http()
          .post('/admin/products')
          .set(await as('merch'))
          .send(product(sku))
          .expect(201)
      ).body.product_id as number;
      await step('merch', id, 'submit');
      expectErrorBody(await step('auditor', id, 'reject', {}), 400, /reason/);
      const rejected = await step('auditor', id, 'reject', { reason: 'No photos' });
      expect(rejected.body).toMatchObject({ status: 'rejected', reject_reason: 'No photos' });
      await http()
        .put(`/admin/products/${id}`)
        .set(await as('merch'))
        .send(product(sku, 2490, 'Mug 350 ml, white, with photos'))
        .expect(200);
      expect((await step('merch', id, 'submit')).body).toMatchObject({
        status: 'submitted',
        reject_reason: null,
      });
    });

    it('takes a product off the shelf: it cannot be ordered (409 naming the SKU), then back', async () => {
      // Demo product 1009 (T00109) is on shelf, with stock.
      expect((await step('merch', 1009, 'take-off-shelf')).body).toMatchObject({
        status: 'off_shelf',
      });
      try {
        expect(await onSale()).not.toContain(1009);
        expectErrorBody(await order('test9', 'T00109'), 409, 'sku T00109 is off shelf');
      } finally {
        await step('merch', 1009, 'put-on-shelf');
      }
      expect(await onSale()).toContain(1009);
      expect((await order('test9', 'T00109')).status).toBe(201);
    });

    it('shows a new price to the buyer at once, and orders at it', async () => {
      const current = (
        await http()
          .get('/admin/products')
          .query({ name: 'Demo product 1008' })
          .set(await as('merch'))
      ).body.products[0];
      const edited = await http()
        .put('/admin/products/1008')
        .set(await as('merch'))
        .send({ name: current.name, skus: [{ ...current.skus[0], price_cents: 12_345 }] })
        .expect(200);
      expect(edited.body).toMatchObject({ status: 'on_shelf' });
      const listed = (await http().get('/products').expect(200)).body as {
        product_id: number;
        skus: { price_cents: number }[];
      }[];
      expect(listed.find((p) => p.product_id === 1008)?.skus[0].price_cents).toBe(12_345);
      const placed = await order('test8', 'T00108');
      expect(placed.status).toBe(201);
      expect(placed.body.subtotal_cents).toBe(12_345);
    });

    it('answers bad input with 400 naming the field, and refuses buyers and anonymous callers', async () => {
      const merch = await as('merch');
      expectErrorBody(
        await http()
          .post('/admin/products')
          .set(merch)
          .send({ ...product('BAD1'), skus: [{ ...product('BAD1').skus[0], price_cents: 1.5 }] }),
        400,
        /price_cents/,
      );
      expectErrorBody(
        await http()
          .post('/admin/products')
          .set(merch)
          .send({ ...product('bad'), name: '' }),
        400,
        /name|sku_id/,
      );
      expectErrorBody(
        await http().get('/admin/products').query({ status: 'sold' }).set(merch),
        400,
        /status must be one of/,
      );
      expectErrorBody(await http().post('/admin/products/999999/submit').set(merch), 404);
      expectErrorBody(
        await http().post('/admin/products').set(merch).send(product('T00100')),
        409,
        'sku_id T00100 already exists',
      );
      expectErrorBody(await http().get('/admin/products'), 401);
      expectErrorBody(
        await http()
          .post('/admin/products')
          .set(await buyer('test1'))
          .send(product('BUY1')),
        401,
      );
    });

    it('receives and adjusts the stock of a new product, which then sells; ledger and books agree', async () => {
      const sku = `M${run}D`.slice(0, 32);
      const id = (
        await http()
          .post('/admin/products')
          .set(await as('merch'))
          .send(product(sku))
          .expect(201)
      ).body.product_id as number;
      await step('merch', id, 'submit');
      await step('auditor', id, 'approve');
      await step('merch', id, 'put-on-shelf');
      // On shelf but never stocked: the inventory knows no such SKU yet (404 naming it).
      expectErrorBody(await order('test7', sku), 404, new RegExp(sku));

      const receive = (who: 'merch' | 'auditor', body: object) =>
        as(who).then((auth) => http().post(`/admin/stock/${sku}/receive`).set(auth).send(body));
      expectErrorBody(await receive('auditor', { quantity: 5 }), 403, /stock:write/);
      expectErrorBody(await receive('merch', { quantity: 0 }), 400, /quantity/);
      expect((await receive('merch', { quantity: 5, note: 'first delivery' })).body).toEqual({
        sku_id: sku,
        available: 5,
        frozen: 0,
        sold: 0,
        total_in: 5,
      });
      expect((await order('test7', sku)).status).toBe(201);

      const adjust = async (body: object) =>
        http()
          .post(`/admin/stock/${sku}/adjust`)
          .set(await as('merch'))
          .send(body);
      expectErrorBody(await adjust({ delta: -1 }), 400, /reason/);
      expectErrorBody(
        await adjust({ delta: -5, reason: 'count' }),
        409,
        /would leave -1 available/,
      );
      expect((await adjust({ delta: -1, reason: 'one broken' })).body).toMatchObject({
        available: 3,
        sold: 1,
        total_in: 4,
      });

      const ledger = await http()
        .get(`/admin/stock/${sku}/ledger`)
        .set(await as('auditor'))
        .expect(200);
      expect(ledger.body).toMatchObject({
        total: 2,
        entries: [
          {
            kind: 'adjust',
            quantity: -1,
            reason: 'one broken',
            actor_email: 'merch@nestmall.example',
            available_after: 3,
            total_in_after: 4,
          },
          { kind: 'receive', quantity: 5, reason: 'first delivery', available_after: 5 },
        ],
      });
      const books = await http()
        .get('/admin/invariants')
        .set('x-admin-token', shop().adminToken)
        .expect(200);
      expect(books.body).toMatchObject({ ok: true, problems: [] });
    });

    it('audits every change with who, before and after (GET /admin/audit)', async () => {
      const sku = `M${run}C`.slice(0, 32);
      const id = (
        await http()
          .post('/admin/products')
          .set(await as('merch'))
          .send(product(sku))
          .expect(201)
      ).body.product_id as number;
      await step('merch', id, 'submit');
      await step('auditor', id, 'approve');
      // The audit entry follows the change through the outbox (CatalogChanged): wait for it.
      const entries = await audited('product', id, 3);
      expect(entries.map((e) => e.action).sort()).toEqual([
        'product.approve',
        'product.create',
        'product.submit',
      ]);
      const approve = entries.find((e) => e.action === 'product.approve')!;
      expect(approve).toMatchObject({
        actor_email: 'auditor@nestmall.example',
        before: { status: 'submitted', product_id: id },
        after: { status: 'approved', product_id: id },
      });
      const create = entries.find((e) => e.action === 'product.create')!;
      expect(create).toMatchObject({ actor_email: 'merch@nestmall.example', before: null });
    });

    it('audits stock received and adjusted, with the stock before and after (kind=stock)', async () => {
      const sku = `M${run}S`.slice(0, 32);
      const post = async (path: string, body: object) =>
        http()
          .post(`/admin/stock/${sku}/${path}`)
          .set(await as('merch'))
          .send(body)
          .expect(200);
      await post('receive', { quantity: 7, note: 'first delivery' });
      await post('receive', { quantity: 3 });
      await post('adjust', { delta: -2, reason: 'two broken' });
      // The entries follow the changes through the outbox (StockChanged): wait for them.
      type Entry = {
        action: string;
        entity_type: string;
        actor_email: string;
        before: unknown;
        after: unknown;
      };
      let entries: Entry[] = [];
      for (let i = 0; i < 100 && entries.length < 3; i++) {
        const res = await http()
          .get('/admin/audit')
          .query({ kind: 'stock', entity_id: sku })
          .set(await as('auditor'))
          .expect(200);
        entries = res.body.entries;
        if (entries.length < 3) await new Promise((r) => setTimeout(r, 100));
      }
      const byAction = (action: string) => entries.filter((e) => e.action === action);
      expect(entries.every((e) => e.entity_type === 'stock')).toBe(true);
      expect(entries.every((e) => e.actor_email === 'merch@nestmall.example')).toBe(true);
      expect(byAction('stock.receive').map((e) => [e.before, e.after])).toEqual(
        expect.arrayContaining([
          [null, { sku_id: sku, available: 7, total_in: 7, quantity: 7, reason: 'first delivery' }],
          [
            { sku_id: sku, available: 7, total_in: 7 },
            { sku_id: sku, available: 10, total_in: 10, quantity: 3, reason: null },
          ],
        ]),
      );
      expect(byAction('stock.adjust')).toEqual([
        expect.objectContaining({
          before: { sku_id: sku, available: 10, total_in: 10 },
          after: { sku_id: sku, available: 8, total_in: 8, quantity: -2, reason: 'two broken' },
        }),
      ]);
      // Another kind's filter leaves them out.
      const catalog = await http()
        .get('/admin/audit')
        .query({ kind: 'catalog', entity_id: sku })
        .set(await as('auditor'))
        .expect(200);
      expect(catalog.body.total).toBe(0);
    });

    it('keeps brands and categories: created, edited, listed, checked on products, audited', async () => {
      const merch = await as('merch');
      const post = (path: string, body: object, auth = merch) =>
        http().post(`/admin/${path}`).set(auth).send(body);
      // A subcategory under this run's category; one level only.
      const sub = await post('categories', {
        name: `E2E sub ${run}`,
        parent_id: taxa.category,
      }).expect(201);
      expect(sub.body).toEqual({
        id: expect.any(Number),
        name: `E2E sub ${run}`,
        parent_id: taxa.category,
        version: 1,
      });
      expectErrorBody(
        await post('categories', { name: `E2E deep ${run}`, parent_id: sub.body.id }),
        422,
        /^parent_id \d+ is a subcategory/,
      );
      expectErrorBody(await post('brands', { name: `e2e BRAND ${run}` }), 409, /already exists/);
      expectErrorBody(await post('brands', { name: '' }), 400, /name/);
      expectErrorBody(await post('brands', { name: 'X', parent_id: 1 }), 400, /parent_id/);
      expectErrorBody(await post('brands', { name: `E2E b ${run}` }, await as('auditor')), 403);
      expectErrorBody(await http().get('/admin/brands'), 401);

      const renamed = await http()
        .put(`/admin/brands/${taxa.brand}`)
        .set(merch)
        .send({ name: `E2E brand ${run} renamed` })
        .expect(200);
      expect(renamed.body).toMatchObject({ id: taxa.brand, version: 2 });
      expectErrorBody(await http().put('/admin/brands/999999').set(merch).send({ name: 'Z' }), 404);

      // Lists: any staff member, a name filter (any case), a parent filter, paging.
      const brands = await http()
        .get('/admin/brands')
        .query({ name: `brand ${run} REN`.toLowerCase() })
        .set(await as('support'))
        .expect(200);
      expect(brands.body).toEqual({
        items: [{ id: taxa.brand, name: `E2E brand ${run} renamed`, parent_id: null, version: 2 }],
        total: 1,
        page_num: 1,
        page_size: 20,
      });
      const children = await http()
        .get('/admin/categories')
        .query({ parent_id: taxa.category, page_size: 1 })
        .set(await as('auditor'))
        .expect(200);
      expect(children.body).toMatchObject({ total: 1, items: [{ id: sub.body.id }], page_size: 1 });
      expectErrorBody(
        await http().get('/admin/categories').query({ page_size: 0 }).set(merch),
        400,
        /page_size/,
      );
      // The buyer's lists: the same, for anyone.
      const open = await http()
        .get('/categories')
        .query({ name: `sub ${run}`.toLowerCase() })
        .expect(200);
      expect(open.body).toMatchObject({
        total: 1,
        items: [{ id: sub.body.id, name: `E2E sub ${run}` }],
      });
      expect(
        (await http().get('/brands').query({ page_size: 100 }).expect(200)).body.items,
      ).toContainEqual(expect.objectContaining({ id: taxa.brand }));
      expectErrorBody(await http().get('/brands').query({ page_num: 0 }), 400, /page_num/);

      // A product in the subcategory; unknown ones: 422 naming the field, on create and edit.
      const sku = `M${run}E`.slice(0, 32);
      const created = await post('products', {
        ...product(sku),
        category_id: sub.body.id,
      }).expect(201);
      expect(created.body).toMatchObject({ brand_id: taxa.brand, category_id: sub.body.id });
      expectErrorBody(
        await post('products', { ...product(`M${run}F`.slice(0, 32)), brand_id: 999999 }),
        422,
        'brand_id 999999 is not a brand',
      );
      expectErrorBody(
        await http()
          .put(`/admin/products/${created.body.product_id}`)
          .set(merch)
          .send({ ...product(sku), category_id: 999999 }),
        422,
        'category_id 999999 is not a category',
      );
      const inCategory = await http()
        .get('/admin/products')
        .query({ category_id: sub.body.id })
        .set(merch)
        .expect(200);
      expect(inCategory.body).toMatchObject({
        total: 1,
        products: [{ product_id: created.body.product_id }],
      });

      // Audit: the same CatalogChanged path as products.
      const entries = await audited('brand', taxa.brand, 2);
      expect(entries.map((e) => e.action).sort()).toEqual(['brand.create', 'brand.edit']);
      expect(entries.find((e) => e.action === 'brand.edit')).toMatchObject({
        before: { name: `E2E brand ${run}`, version: 1 },
        after: { name: `E2E brand ${run} renamed`, version: 2 },
      });
    });

    describe('images and their moderation', () => {
      const IMG = 'https://img.nestmall.example/e2e';
      const create = async (sku: string, images: unknown) =>
        http()
          .post('/admin/products')
          .set(await as('merch'))
          .send({ ...product(sku), images });
      const adminView = async (id: number) =>
        (
          await http()
            .get('/admin/products')
            .query({ name: `mug ${run}`.toLowerCase(), page_size: 100 })
            .set(await as('support'))
            .expect(200)
        ).body.products.find((p: { product_id: number }) => p.product_id === id);
      afterEach(() => behave(moderation(), 'ok'));

      it('approves clean images; the buyer sees them; a changed image is moderated again', async () => {
        const images = [`${IMG}/${run}/front.jpg`, `${IMG}/${run}/side.jpg`];
        const created = await create(`M${run}G`.slice(0, 32), images);
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({ status: 'draft', images });
        const id = created.body.product_id as number;
        await step('merch', id, 'submit');
        const approved = await step('auditor', id, 'approve');
        expect(approved.body).toMatchObject({ status: 'approved', images, reject_reason: null });
        await step('merch', id, 'put-on-shelf');
        const listed = (await http().get('/products').expect(200)).body as {
          product_id: number;
          images: string[];
        }[];
        expect(listed.find((p) => p.product_id === id)?.images).toEqual(images);
        // The demo data has pictures too.
        expect(listed.find((p) => p.product_id === 1000)?.images).toHaveLength(2);

        // A new image on a product on sale: off the shelf, back to draft, to be moderated again.
        const changed = [images[1], `${IMG}/${run}/nsfw-back.jpg`];
        const edited = await http()
          .put(`/admin/products/${id}`)
          .set(await as('merch'))
          .send({ ...product(`M${run}G`.slice(0, 32)), images: changed })
          .expect(200);
        expect(edited.body).toMatchObject({ status: 'draft', images: changed });
        expect(await onSale()).not.toContain(id);
        const entries = await audited('product', id, 5);
        expect(entries.find((e) => e.action === 'product.edit')).toMatchObject({
          before: { images, status: 'on_shelf' },
          after: { images: changed, status: 'draft' },
        });
        await step('merch', id, 'submit');
        const rejected = await step('auditor', id, 'approve');
        expect(rejected.body.status).toBe('rejected');
      });

      it('rejects a product with a flagged image, naming it; the fixed product passes', async () => {
        const flagged = `${IMG}/${run}/nsfw-gore.jpg`;
        const images = [`${IMG}/${run}/ok.jpg`, flagged];
        const sku = `M${run}H`.slice(0, 32);
        const id = (await create(sku, images)).body.product_id as number;
        await step('merch', id, 'submit');
        const answer = await step('auditor', id, 'approve');
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
          status: 'rejected',
          reject_reason: `moderation flagged image 2 (${flagged}): porn, violence`,
        });
        expect(await adminView(id)).toMatchObject({ status: 'rejected' });
        const entries = await audited('product', id, 3);
        expect(entries.find((e) => e.action === 'product.moderation_reject')).toMatchObject({
          actor_email: 'auditor@nestmall.example',
          before: { status: 'submitted' },
          after: { status: 'rejected', images },
        });

        await http()
          .put(`/admin/products/${id}`)
          .set(await as('merch'))
          .send({ ...product(sku), images: images.slice(0, 1) })
          .expect(200);
        await step('merch', id, 'submit');
        expect((await step('auditor', id, 'approve')).body).toMatchObject({
          status: 'approved',
          reject_reason: null,
        });
      });

      it('keeps the product submitted while moderation is down (503); approving again retries', async () => {
        const id = (await create(`M${run}J`.slice(0, 32), [`${IMG}/${run}/a.jpg`])).body
          .product_id as number;
        await step('merch', id, 'submit');
        await behave(moderation(), 'fail');
        expectErrorBody(
          await step('auditor', id, 'approve'),
          503,
          new RegExp(
            `^product ${id} stays submitted: image moderation is unavailable \\(the moderation sandbox-moderation provider is unavailable: .*\\); approve it again later$`,
          ),
        );
        expect(await adminView(id)).toMatchObject({ status: 'submitted', version: 2 });
        await behave(moderation(), 'ok');
        expect((await step('auditor', id, 'approve')).body).toMatchObject({ status: 'approved' });
      });

      it('names a bad image list (400) and writes nothing', async () => {
        const sku = `M${run}K`.slice(0, 32);
        expectErrorBody(await create(sku, `${IMG}/one.jpg`), 400, /^images must list at most 10/);
        expectErrorBody(
          await create(sku, [`${IMG}/one.jpg`, 'ftp://img.nestmall.example/two.jpg']),
          400,
          'images[1] must be an http or https URL of at most 500 characters',
        );
        expectErrorBody(await create(sku, [`${IMG}/x.jpg`, `${IMG}/x.jpg`]), 400, /twice/);
        const eleven = Array.from({ length: 11 }, (_, i) => `${IMG}/${i}.jpg`);
        expectErrorBody(await create(sku, eleven), 400, /at most 10/);
        expect((await create(sku, [])).status).toBe(201);
      });
    });
  });
}
