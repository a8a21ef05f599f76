import { databaseOptions, TypeOrmUnitOfWork } from '@nestmall/platform';
import { DataSource } from 'typeorm';
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
});
