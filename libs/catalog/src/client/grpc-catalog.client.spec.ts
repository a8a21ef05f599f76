import type { CatalogServiceClient } from '@nestmall/contracts';
import type { GrpcReplicaPool } from '@nestmall/platform';
import { GrpcCatalogClient } from './grpc-catalog.client.js';

const wireSku = (categoryId: number) => ({
  sku_id: 'T00100',
  product_id: 1000,
  title: 'Demo',
  price_cents: 1990,
  on_shelf: true,
  category_id: categoryId,
});

/** A pool that answers each method with a fixed message and records what it was sent. */
function pool(answers: Record<string, unknown>) {
  const calls: { method: string; request: unknown; deadline?: number; token?: string }[] = [];
  const fake = {
    unary: async (
      method: string,
      request: unknown,
      _r: boolean,
      deadline?: number,
      token?: string,
    ) => {
      calls.push({ method, request, deadline, token });
      return answers[method];
    },
  };
  return { calls, pool: fake as unknown as GrpcReplicaPool<CatalogServiceClient> };
}

describe('GrpcCatalogClient (the wire form)', () => {
  it("reads GetSkus' category_id (0: none), and leaves it out of the buyer's product list", async () => {
    const { pool: replicas } = pool({
      GetSkus: { skus: [wireSku(7), { ...wireSku(0), sku_id: 'T00101' }] },
      ListProducts: { products: [{ product_id: 1000, name: 'Demo', skus: [wireSku(0)] }] },
    });
    const client = new GrpcCatalogClient(replicas);
    expect((await client.getSkus(['T00100', 'T00101'])).map((s) => s.category_id)).toEqual([
      7,
      null,
    ]);
    const [product] = await client.listProducts();
    expect(product.skus[0]).not.toHaveProperty('category_id');
  });

  it('sends the staff token with ListTaxa and none with BrowseTaxa', async () => {
    const page = { items: [{ id: 1, name: 'Acme', parent_id: 0, version: 1 }], total: 1 };
    const { calls, pool: replicas } = pool({ ListTaxa: page, BrowseTaxa: page });
    const client = new GrpcCatalogClient(replicas);
    const query = { pageNum: 1, pageSize: 20 };
    const caller = { actor: { staffId: 2, email: 'm@x' }, accessToken: 'staff-token' };
    expect((await client.listTaxa(caller, 'brand', query)).items).toEqual([
      { id: 1, name: 'Acme', parent_id: null, version: 1 },
    ]);
    await client.browseTaxa('category', query);
    expect(calls).toEqual([
      expect.objectContaining({ method: 'ListTaxa', token: 'staff-token' }),
      expect.objectContaining({ method: 'BrowseTaxa', token: undefined }),
    ]);
    expect(calls[1].request).toMatchObject({ kind: 'category', parent_id: 0 });
  });

  it('carries images both ways, and gives an approval (moderation) a long deadline', async () => {
    const images = ['https://img.example/a.jpg', 'https://img.example/b.jpg'];
    const product = {
      product_id: 2000,
      name: 'Mug',
      brand_id: 0,
      category_id: 0,
      status: 'approved',
      reject_reason: '',
      version: 3,
      skus: [],
      images,
    };
    const { calls, pool: replicas } = pool({
      ReviewProduct: product,
      CreateProduct: product,
      ListProducts: { products: [{ product_id: 2000, name: 'Mug', skus: [], images }] },
    });
    const client = new GrpcCatalogClient(replicas);
    const caller = { actor: { staffId: 3, email: 'a@x' }, accessToken: 'staff-token' };
    expect((await client.reviewProduct(caller, 2000, 'approve')).images).toEqual(images);
    await client.reviewProduct(caller, 2000, 'submit');
    await client.createProduct(caller, { name: 'Mug', skus: [], images: [images[0], 7] });
    expect((await client.listProducts())[0].images).toEqual(images);
    expect(calls.map((c) => c.deadline)).toEqual([30_000, undefined, undefined, undefined]);
    expect(calls[2].request).toMatchObject({ images: [images[0], ''] });
  });
});
