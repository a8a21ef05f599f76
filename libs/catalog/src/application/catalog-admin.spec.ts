import {
  AlreadyExistsError,
  ConflictError,
  InvalidArgumentError,
  NotFoundError,
} from '@nestmall/ports/platform';
import { OffCache } from '@nestmall/cache';
import {
  FakeModeration,
  FakeUnitOfWork,
  InMemoryCatalogProducts,
  InMemoryTaxa,
} from '@nestmall/testing';
import { CatalogWrite } from './catalog-write.js';
import { CreateProduct } from './create-product.js';
import { EditProduct } from './edit-product.js';
import { ListCatalogProducts } from './list-catalog-products.js';
import { ReviewProduct } from './review-product.js';
import { Taxon } from '../domain/taxon.js';

const merch = { staffId: 2, email: 'merch@nestmall.example' };
const auditor = { staffId: 3, email: 'auditor@nestmall.example' };
const body = (price = 1990, name = 'Ceramic mug', skuId = 'MUG1') => ({
  name,
  brand_id: 3,
  skus: [
    { sku_id: skuId, title: 'Mug, white', price_cents: price, attributes: { colour: 'white' } },
  ],
});

/** Records the keys each write drops. */
class RecordingCache extends OffCache {
  readonly dropped: string[][] = [];
  override async invalidate(...keys: string[]): Promise<void> {
    this.dropped.push(keys);
  }
}

describe('the catalog back office (use cases)', () => {
  let products: InMemoryCatalogProducts;
  let cache: RecordingCache;
  let create: CreateProduct;
  let edit: EditProduct;
  let review: ReviewProduct;
  let list: ListCatalogProducts;
  let moderation: FakeModeration;

  beforeEach(async () => {
    products = new InMemoryCatalogProducts();
    const taxa = new InMemoryTaxa();
    const brand = Taxon.create('brand', 3, { name: 'Acme' });
    await taxa.add(brand, { actor: merch, action: 'brand.create', before: null });
    cache = new RecordingCache(60);
    const write = new CatalogWrite(new FakeUnitOfWork(), cache);
    create = new CreateProduct(products, write, taxa);
    edit = new EditProduct(products, write, taxa);
    moderation = new FakeModeration();
    review = new ReviewProduct(products, write, moderation);
    list = new ListCatalogProducts(products);
  });

  it('creates a draft, audited with its actor, and refuses a SKU code already taken', async () => {
    const product = await create.execute(merch, body());
    expect(product).toMatchObject({ product_id: 2000, status: 'draft', brand_id: 3, version: 1 });
    expect(products.changes[0]).toMatchObject({
      actor: merch,
      action: 'product.create',
      before: null,
    });
    await expect(create.execute(merch, body(990, 'Other'))).rejects.toThrow(AlreadyExistsError);
    await expect(
      create.execute(merch, { ...body(990, 'X', 'MUG9'), brand_id: 99 }),
    ).rejects.toThrow(/^brand_id 99 is not a brand$/);
    await expect(create.execute(merch, { ...body(), skus: [] })).rejects.toThrow(/skus/);
  });

  it('walks the review to the shelf, each step audited with before and after', async () => {
    const { product_id: id } = await create.execute(merch, body());
    await review.execute(merch, id, 'submit');
    await review.execute(auditor, id, 'approve');
    const shelved = await review.execute(merch, id, 'put-on-shelf');
    expect(shelved).toMatchObject({ status: 'on_shelf', version: 4 });
    expect(products.changes.map((c) => c.action)).toEqual([
      'product.create',
      'product.submit',
      'product.approve',
      'product.put_on_shelf',
    ]);
    expect(products.changes[2]).toMatchObject({
      actor: auditor,
      before: { status: 'submitted' },
      after: { status: 'approved' },
    });
    expect(products.events.map((e) => e.type)).toEqual(['ProductPublished']);
  });

  it('rejects with a reason; an unknown step, product or out-of-order step is refused', async () => {
    const { product_id: id } = await create.execute(merch, body());
    await expect(review.execute(merch, id, 'publish')).rejects.toThrow(InvalidArgumentError);
    await expect(review.execute(merch, 9999, 'submit')).rejects.toThrow(NotFoundError);
    await expect(review.execute(auditor, id, 'approve')).rejects.toThrow(ConflictError);
    await review.execute(merch, id, 'submit');
    const rejected = await review.execute(auditor, id, 'reject', 'no photos');
    expect(rejected).toMatchObject({ status: 'rejected', reject_reason: 'no photos' });
  });

  it('approves only once moderation passes every image; a flagged one rejects the product', async () => {
    const clean = 'https://img.example/mug.jpg';
    const flagged = 'https://img.example/nsfw.jpg';
    const { product_id: id } = await create.execute(merch, { ...body(), images: [clean] });
    await review.execute(merch, id, 'submit');
    expect(await review.execute(auditor, id, 'approve')).toMatchObject({
      status: 'approved',
      images: [clean],
    });
    expect(moderation.asked).toEqual([[clean]]);

    const { product_id: bad } = await create.execute(merch, {
      ...body(1990, 'Cup', 'CUP1'),
      images: [clean, flagged],
    });
    await review.execute(merch, bad, 'submit');
    const rejected = await review.execute(auditor, bad, 'approve');
    expect(rejected).toMatchObject({
      status: 'rejected',
      reject_reason: `moderation flagged image 2 (${flagged}): porn`,
    });
    expect(products.changes.at(-1)).toMatchObject({
      actor: auditor,
      action: 'product.moderation_reject',
      before: { status: 'submitted' },
      after: { status: 'rejected' },
    });
  });

  it('keeps the product submitted when moderation is unavailable; approving again retries', async () => {
    const image = 'https://img.example/mug.jpg';
    const { product_id: id } = await create.execute(merch, { ...body(), images: [image] });
    await review.execute(merch, id, 'submit');
    const writes = products.changes.length;
    moderation.down = true;
    const refused = review.execute(auditor, id, 'approve');
    await expect(refused).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(refused).rejects.toThrow(
      `product ${id} stays submitted: image moderation is unavailable (the moderation sandbox-moderation provider is down); approve it again later`,
    );
    expect(products.changes).toHaveLength(writes);
    expect(products.rows.get(id)?.status).toBe('submitted');
    moderation.down = false;
    expect(await review.execute(auditor, id, 'approve')).toMatchObject({ status: 'approved' });
  });

  it('asks moderation nothing for a product without images', async () => {
    const { product_id: id } = await create.execute(merch, body());
    await review.execute(merch, id, 'submit');
    moderation.down = true;
    expect(await review.execute(auditor, id, 'approve')).toMatchObject({ status: 'approved' });
    expect(moderation.asked).toEqual([]);
  });

  it('a price edit of an on-shelf product keeps it on sale with PriceChanged; no change, no write', async () => {
    const { product_id: id } = await create.execute(merch, body());
    for (const step of ['submit', 'approve', 'put-on-shelf']) await review.execute(merch, id, step);
    const edited = await edit.execute(merch, id, body(2490));
    expect(edited).toMatchObject({ status: 'on_shelf', skus: [{ price_cents: 2490 }] });
    expect(products.events.at(-1)).toMatchObject({
      type: 'PriceChanged',
      oldCents: 1990,
      newCents: 2490,
    });
    expect(products.changes.at(-1)).toMatchObject({
      action: 'product.edit',
      before: { skus: [{ price_cents: 1990 }] },
      after: { skus: [{ priceCents: 2490 }] },
    });
    const writes = products.changes.length;
    await edit.execute(merch, id, body(2490));
    expect(products.changes).toHaveLength(writes);
  });

  it("drops the product list and the SKU views of the product's SKUs, before and after", async () => {
    const { product_id: id } = await create.execute(merch, body(1990, 'Mug', 'MUG1'));
    await edit.execute(merch, id, body(1990, 'Mug', 'MUG2'));
    expect(cache.dropped.at(-1)?.sort()).toEqual([
      'catalog:products:v1',
      'catalog:sku:v1:MUG1',
      'catalog:sku:v1:MUG2',
    ]);
    const before = cache.dropped.length;
    await expect(review.execute(merch, id, 'approve')).rejects.toThrow(ConflictError);
    expect(cache.dropped).toHaveLength(before);
  });

  it("refuses an edit that takes another product's SKU code", async () => {
    await create.execute(merch, body(1990, 'Mug', 'MUG1'));
    const { product_id: id } = await create.execute(merch, body(1990, 'Cup', 'CUP1'));
    await expect(edit.execute(merch, id, body(1990, 'Cup', 'MUG1'))).rejects.toThrow(/MUG1/);
  });

  it('lists with filters and paging, and names a bad filter', async () => {
    await create.execute(merch, body(1990, 'Ceramic mug', 'MUG1'));
    const { product_id: cup } = await create.execute(merch, body(990, 'Paper cup', 'CUP1'));
    await review.execute(merch, cup, 'submit');
    const page = await list.execute({ status: 'submitted', pageNum: 1, pageSize: 10 });
    expect(page).toMatchObject({ total: 1, products: [{ name: 'Paper cup' }] });
    expect((await list.execute({ name: 'MUG', pageNum: 1, pageSize: 10 })).total).toBe(1);
    expect(await list.execute({ pageNum: 2, pageSize: 1 })).toMatchObject({
      total: 2,
      products: [{ name: 'Paper cup' }],
    });
    await expect(list.execute({ status: 'gone', pageNum: 1, pageSize: 10 })).rejects.toThrow(
      /status/,
    );
    await expect(list.execute({ pageNum: 1, pageSize: 101 })).rejects.toThrow(/page_size/);
  });
});
