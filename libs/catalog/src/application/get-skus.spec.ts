import { MemoryCache, OffCache } from '@nestmall/cache';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { Product, Sku } from '../domain/sku.js';
import { CatalogRepository } from './catalog.repository.js';
import { GetSkus } from './get-skus.js';

class InMemoryCatalog extends CatalogRepository {
  readonly findSkusCalls: string[][] = [];

  constructor(readonly skus: Sku[]) {
    super();
  }

  async listProducts(): Promise<Product[]> {
    throw new Error('not used by GetSkus');
  }

  async findSkus(skuIds: string[]): Promise<Sku[]> {
    this.findSkusCalls.push(skuIds);
    return this.skus.filter((s) => skuIds.includes(s.skuId)).map((s) => ({ ...s }));
  }
}

const sku = (skuId: string, priceCents: number): Sku => ({
  skuId,
  productId: 1000,
  title: `Demo ${skuId}`,
  priceCents,
  onShelf: true,
});

describe('GetSkus', () => {
  let catalog: InMemoryCatalog;
  let cache: MemoryCache;
  let getSkus: GetSkus;

  beforeEach(() => {
    catalog = new InMemoryCatalog([sku('T00100', 1990), sku('T00101', 2990)]);
    cache = new MemoryCache();
    getSkus = new GetSkus(catalog, cache);
  });

  it('answers the known SKUs in the order asked, each once, leaving unknown ones out', async () => {
    const views = await getSkus.execute(['T00101', 'NOPE1', 'T00100', 'T00101']);
    expect(views).toStrictEqual([
      {
        sku_id: 'T00101',
        product_id: 1000,
        title: 'Demo T00101',
        price_cents: 2990,
        on_shelf: true,
      },
      {
        sku_id: 'T00100',
        product_id: 1000,
        title: 'Demo T00100',
        price_cents: 1990,
        on_shelf: true,
      },
    ]);
  });

  it('answers a SKU read before from the cache, and asks again for an unknown one', async () => {
    await getSkus.execute(['T00100', 'NOPE1']);
    await getSkus.execute(['T00100', 'NOPE1']);
    expect(catalog.findSkusCalls).toEqual([['T00100'], ['NOPE1'], ['NOPE1']]);
  });

  it('reads the repository every time when the cache is off', async () => {
    const uncached = new GetSkus(catalog, new OffCache());
    await uncached.execute(['T00100']);
    await uncached.execute(['T00100']);
    expect(catalog.findSkusCalls).toEqual([['T00100'], ['T00100']]);
  });

  it('answers an empty list for no SKUs, without asking', async () => {
    expect(await getSkus.execute([])).toEqual([]);
    expect(catalog.findSkusCalls).toEqual([]);
  });

  it('refuses a malformed SKU code before reading anything', async () => {
    await expect(getSkus.execute(['T00100', 't-1'])).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(catalog.findSkusCalls).toEqual([]);
  });
});
