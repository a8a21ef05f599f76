import { ConflictError, InvalidArgumentError } from '@nestmall/ports/platform';
import { CatalogProduct } from './catalog-product.js';

const content = (priceCents = 1990, name = 'Mug') => ({
  name,
  brandId: 1,
  categoryId: null,
  skus: [{ skuId: 'MUG1', title: 'Mug, white', priceCents, attributes: { colour: 'white' } }],
});

function onShelf(): CatalogProduct {
  const product = CatalogProduct.create(7, content());
  product.submit();
  product.approve();
  product.putOnShelf();
  product.pullEvents();
  return product;
}

describe('CatalogProduct (the review workflow)', () => {
  it('goes draft -> submitted -> approved -> on shelf -> off shelf, with events', () => {
    const product = CatalogProduct.create(7, content());
    expect(product.status).toBe('draft');
    product.submit();
    product.approve();
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
    expect(() => product.approve()).toThrow(ConflictError);
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
