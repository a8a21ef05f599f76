import { jest } from '@jest/globals';
import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { DataSource, EntityManager } from 'typeorm';
import { RANKING_MIGRATIONS } from '../ranking.module.js';
import { SkuSalesEntity } from './sku-sales.entity.js';
import { TypeOrmSkuSalesRepository } from './typeorm-sku-sales.repository.js';

/** The counts on a real (in-memory) SQLite database, in a unit of work. */
describe('TypeOrmSkuSalesRepository', () => {
  let dataSource: DataSource;
  let repository: TypeOrmSkuSalesRepository;
  const counts = async () =>
    (await dataSource.getRepository(SkuSalesEntity).find({ order: { skuId: 'ASC' } })).map(
      (row) => [row.skuId, Number(row.units), Number(row.paidUnits)],
    );

  beforeAll(async () => {
    dataSource = await new DataSource(
      databaseOptions({
        url: 'sqlite::memory:',
        entities: [SkuSalesEntity],
        migrations: RANKING_MIGRATIONS,
      }),
    ).initialize();
    repository = new TypeOrmSkuSalesRepository(dataSource);
  });
  afterAll(() => dataSource.destroy());

  it('starts a SKU at its first change and adds the next ones to its counts', async () => {
    const unitOfWork = new TypeOrmUnitOfWork(dataSource);
    await unitOfWork.run(() =>
      repository.add([
        { skuId: 'T00100', units: 3, paidUnits: 0 },
        { skuId: 'T00200', units: 1, paidUnits: 0 },
      ]),
    );
    await unitOfWork.run(() => repository.add([{ skuId: 'T00100', units: 0, paidUnits: 3 }]));
    await unitOfWork.run(() => repository.add([{ skuId: 'T00100', units: -3, paidUnits: -3 }]));
    expect(await counts()).toEqual([
      ['T00100', 0, 0],
      ['T00200', 1, 0],
    ]);
  });

  it('joins the unit of work: a rollback takes its changes back', async () => {
    const before = await counts();
    await expect(
      new TypeOrmUnitOfWork(dataSource).run(async () => {
        await repository.add([
          { skuId: 'T00200', units: 5, paidUnits: 0 },
          { skuId: 'T00300', units: 1, paidUnits: 0 },
        ]);
        throw new Error('the inbox said no');
      }),
    ).rejects.toThrow('the inbox said no');
    expect(await counts()).toEqual(before);
  });

  it('adds to the row another first sale inserted between its UPDATE and its INSERT', async () => {
    // The race on MariaDB: both find no row for a new SKU, the other's INSERT commits first.
    const spy = jest
      .spyOn(EntityManager.prototype, 'insert')
      .mockImplementationOnce(async function (this: EntityManager, target, values) {
        await dataSource
          .getRepository(SkuSalesEntity)
          .insert({ skuId: 'T00400', units: 2, paidUnits: 0 });
        return this.insert(target, values); // the spy's next call goes through
      });
    try {
      await new TypeOrmUnitOfWork(dataSource).run(() =>
        repository.add([{ skuId: 'T00400', units: 1, paidUnits: 0 }]),
      );
    } finally {
      spy.mockRestore();
    }
    expect((await counts()).find(([sku]) => sku === 'T00400')).toEqual(['T00400', 3, 0]);
  });
});
