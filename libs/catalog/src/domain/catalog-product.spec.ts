import { ConflictError, InvalidArgumentError } from '@nestmall/ports/platform';
import { CatalogProduct } from './catalog-product.js';

const content = (priceCents = 1990, name = 'Mug') => ({
  name,
  brandId: 1,
  categoryId: null,
  skus: [{ skuId: 'MUG1', title: 'Mug, white', priceCents, attributes: { colour: 'white' } }],
});

const FRONT = 'https://img.example/mug/front.jpg';
const SIDE = 'https://img.example/mug/side.jpg';
const passed = (imageUrl: string) => ({ imageUrl, verdict: 'APPROVE' as const, labels: [] });

function onShelf(): CatalogProduct {
  const product = CatalogProduct.create(7, content());
  product.submit();
  product.approve([]);
  product.putOnShelf();
  product.pullEvents();
  return product;
}

describe('CatalogProduct (the review workflow)', () => {
  it('goes draft -> submitted -> approved -> on shelf -> off shelf, with events', () => {
    const product = CatalogProduct.create(7, content());
    expect(product.status).toBe('draft');
    product.submit();
    product.approve([]);
    expect(product.onSale).toBe(false);
    product.putOnShelf();
    expect(product.onSale).toBe(true);
    product.takeOffShelf();
    expect(product.status).toBe('off_shelf');
    expect(product.pullEvents().map((e) => e.type)).toEqual([
      'ProductPublished',
      'ProductUnpublished',
    ]);
  });

  it('rejects with a reason, and a rejected product is submitted again', () => {
    const product = CatalogProduct.create(7, content());
    product.submit();
    expect(() => product.reject('  ')).toThrow(InvalidArgumentError);
    product.reject('blurry photos');
    expect(product.snapshot().rejectReason).toBe('blurry photos');
    product.submit();
    expect(product.snapshot()).toMatchObject({ status: 'submitted', rejectReason: null });
  });

  it('refuses transitions out of order', () => {
    const product = CatalogProduct.create(7, content());
    expect(() => product.approve([])).toThrow(ConflictError);
    expect(() => product.putOnShelf()).toThrow(ConflictError);
    expect(() => product.takeOffShelf()).toThrow(ConflictError);
    product.submit();
    expect(() => product.edit(content(2000))).toThrow(ConflictError);
  });

  it('keeps an on-shelf product on shelf on a price-only edit, with PriceChanged', () => {
    const product = onShelf();
    expect(product.edit(content(2490))).toBe(true);
    expect(product.status).toBe('on_shelf');
    expect(product.pullEvents()).toEqual([
      { type: 'PriceChanged', productId: 7, skuId: 'MUG1', oldCents: 1990, newCents: 2490 },
    ]);
    expect(product.edit(content(2490))).toBe(false);
  });

  it('sends a reviewed product back to draft (and off the shelf) on a content edit', () => {
    const product = onShelf();
    product.edit(content(1990, 'Big mug'));
    expect(product.status).toBe('draft');
    expect(product.pullEvents().map((e) => e.type)).toEqual(['ProductUnpublished']);
  });

  it('approves a product whose every image passed moderation', () => {
    const product = CatalogProduct.create(7, { ...content(), images: [FRONT, SIDE] });
    expect(() => product.imagesToModerate()).toThrow(/is draft; only a product that is submitted/);
    product.submit();
    expect(product.imagesToModerate()).toEqual([FRONT, SIDE]);
    product.approve([passed(FRONT), passed(SIDE)]);
    expect(product.snapshot()).toMatchObject({ status: 'approved', rejectReason: null });
  });

  it('rejects instead, naming each flagged image, when moderation flags one', () => {
    const nsfw = 'https://img.example/nsfw-mug.jpg';
    const product = CatalogProduct.create(7, { ...content(), images: [FRONT, nsfw] });
    product.submit();
    product.approve([passed(FRONT), { imageUrl: nsfw, verdict: 'REJECT', labels: ['porn'] }]);
    expect(product.snapshot()).toMatchObject({
      status: 'rejected',
      rejectReason: `moderation flagged image 2 (${nsfw}): porn`,
    });
    expect(product.pullEvents()).toEqual([]);
  });

  it('refuses an approval with verdicts that are not of its images', () => {
    const product = CatalogProduct.create(7, { ...content(), images: [FRONT, SIDE] });
    product.submit();
    expect(() => product.approve([passed(FRONT)])).toThrow(ConflictError);
    expect(() => product.approve([passed(SIDE), passed(FRONT)])).toThrow(/images changed/);
    expect(product.status).toBe('submitted');
  });

  it('sends an on-shelf product back to draft when its images change: moderated again', () => {
    const product = onShelf();
    expect(product.edit({ ...content(), images: [FRONT] })).toBe(true);
    expect(product.status).toBe('draft');
    expect(product.pullEvents().map((e) => e.type)).toEqual(['ProductUnpublished']);
    product.submit();
    expect(product.imagesToModerate()).toEqual([FRONT]);
  });

  it('checks images: http(s) URLs, each once, at most 10 of at most 500 characters', () => {
    const withImages = (images: unknown) => CatalogProduct.create(1, { ...content(), images });
    expect(withImages(undefined).snapshot().images).toEqual([]);
    expect(withImages([FRONT, 'http://img.example/a.png']).snapshot().images).toHaveLength(2);
    expect(() => withImages('https://img.example/a.png')).toThrow(/^images must list/);
    expect(() => withImages([FRONT, 'ftp://img.example/a.png'])).toThrow(/^images\[1\] must be/);
    expect(() => withImages(['https://img.example/a b.png'])).toThrow(/^images\[0\]/);
    expect(() => withImages(['https://'])).toThrow(/^images\[0\]/);
    expect(() => withImages([42])).toThrow(/^images\[0\]/);
    expect(() => withImages([`https://img.example/${'a'.repeat(490)}`])).toThrow(/500 characters/);
    expect(() => withImages([FRONT, FRONT])).toThrow(/appears twice/);
    const eleven = Array.from({ length: 11 }, (_, i) => `https://img.example/${i}.png`);
    expect(() => withImages(eleven)).toThrow(/at most 10/);
  });

  it('names the field at fault', () => {
    expect(() => CatalogProduct.create(1, { ...content(), name: '' })).toThrow(/name/);
    expect(() => CatalogProduct.create(1, content(0))).toThrow(/skus\[0\]\.price_cents/);
    expect(() => CatalogProduct.create(1, content(1.5))).toThrow(/price_cents/);
    expect(() =>
      CatalogProduct.create(1, { ...content(), skus: [...content().skus, ...content().skus] }),
    ).toThrow(/twice/);
    expect(() => CatalogProduct.create(1, { ...content(), brandId: -1 })).toThrow(/brand_id/);
  });
});
