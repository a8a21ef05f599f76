import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { DataSource } from 'typeorm';
import { RankedOrder, type RankedLine } from '../domain/ranked-order.js';
import { RANKING_MIGRATIONS } from '../ranking.module.js';
import { RankedOrderEntity, RankedOrderLineEntity } from './ranked-order.entities.js';
import { TypeOrmRankedOrderRepository } from './typeorm-ranked-order.repository.js';
import { TypeOrmRankingReadModel } from './typeorm-ranking.read-model.js';

const line = (
  productId: number,
  quantity: number,
  categoryId: number | null = null,
): RankedLine => ({
  skuId: `S${productId}`,
  productId,
  categoryId,
  quantity,
});

/** The ranked orders and the rankings read from them, on a real (in-memory) SQLite database. */
describe('TypeOrmRankingReadModel and TypeOrmRankedOrderRepository', () => {
  let dataSource: DataSource;
  let orders: TypeOrmRankedOrderRepository;
  let rankings: TypeOrmRankingReadModel;
  const page = { pageNum: 1, pageSize: 10 };

  async function record(id: number, lines: RankedLine[], paidAt?: string, cancel = false) {
    const order = RankedOrder.placed(id, lines);
    if (paidAt) order.pay(new Date(paidAt));
    if (cancel) order.cancel();
    await new TypeOrmUnitOfWork(dataSource).run(() => orders.save(order));
  }

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: 'sqlite::memory:',
        entities: [RankedOrderEntity, RankedOrderLineEntity],
        migrations: RANKING_MIGRATIONS,
      }),
    ).initialize();
    orders = new TypeOrmRankedOrderRepository(dataSource);
    rankings = new TypeOrmRankingReadModel(dataSource);
    await record(1, [line(10, 2), line(20, 1)], '2026-12-01T10:00:00Z');
    await record(2, [line(10, 1), line(30, 3, 5)], '2026-12-02T10:00:00Z');
    await record(3, [line(20, 4), line(30, 1, 5)], '2026-12-02T11:00:00Z', true); // taken back
    await record(4, [line(40, 9)]); // never paid
    await record(5, [line(10, 1), line(20, 1)], '2026-12-02T12:00:00Z');
  });
  afterAll(() => dataSource.destroy());

  it('ranks products by units of paid orders in a range, cancellations taken back', async () => {
    expect(await rankings.bestSellers({ from: null, to: null }, undefined, page)).toEqual({
      total: 3,
      rows: [
        { productId: 10, categoryId: null, units: 4 },
        { productId: 30, categoryId: 5, units: 3 },
        { productId: 20, categoryId: null, units: 2 },
      ],
    });
    const day = await rankings.bestSellers(
      { from: '2026-12-02', to: '2026-12-02' },
      undefined,
      page,
    );
    expect(day.rows.map((r) => [r.productId, r.units])).toEqual([
      [30, 3],
      [10, 2],
      [20, 1],
    ]);
  });

  it('filters by category or the uncategorised, and pages with the total of the whole ranking', async () => {
    const all = { from: null, to: null };
    expect((await rankings.bestSellers(all, 5, page)).rows.map((r) => r.productId)).toEqual([30]);
    expect(
      (await rankings.bestSellers(all, 'uncategorised', page)).rows.map((r) => r.productId),
    ).toEqual([10, 20]);
    expect(await rankings.bestSellers(all, undefined, { pageNum: 2, pageSize: 2 })).toEqual({
      total: 3,
      rows: [{ productId: 20, categoryId: null, units: 2 }],
    });
  });

  it('counts co-purchases as pairs of products in the same paid orders', async () => {
    expect(await rankings.boughtTogether(10, page)).toEqual({
      total: 2,
      rows: [
        { productId: 20, orders: 2 },
        { productId: 30, orders: 1 },
      ],
    });
    // Order 3 held 20 and 30 together, but it was cancelled.
    expect(await rankings.boughtTogether(30, page)).toEqual({
      total: 1,
      rows: [{ productId: 10, orders: 1 }],
    });
    expect(await rankings.boughtTogether(40, page)).toEqual({ total: 0, rows: [] });
  });

  it('a later cancellation takes an order back from its day; a stale copy is refused', async () => {
    const loaded = (await orders.findById(5))!;
    const stale = (await orders.findById(5))!;
    loaded.cancel();
    await new TypeOrmUnitOfWork(dataSource).run(() => orders.save(loaded));
    const day = await rankings.unitsByProduct({ from: '2026-12-02', to: '2026-12-02' }, undefined);
    expect(day.map((r) => [r.productId, r.units])).toEqual([
      [30, 3],
      [10, 1],
    ]);
    stale.cancel();
    await expect(new TypeOrmUnitOfWork(dataSource).run(() => orders.save(stale))).rejects.toThrow(
      /changed concurrently/,
    );
    await expect(record(5, [line(10, 1)], '2026-12-02T12:00:00Z')).rejects.toThrow(
      /changed concurrently/,
    );
  });
});
