import { DataSource } from 'typeorm';
import { serializeSqliteAccess } from './sqlite-serializer.js';
import { ambientManager, inUnitOfWork, TypeOrmUnitOfWork } from './typeorm-unit-of-work.js';

/** The TypeORM unit of work on a real (in-memory) SQLite database. */
describe('TypeOrmUnitOfWork', () => {
  let dataSource: DataSource;
  let unitOfWork: TypeOrmUnitOfWork;
  const rows = async () =>
    (await dataSource.query('SELECT n FROM t ORDER BY n')).map((r: { n: number }) => r.n);
  const insert = (n: number) =>
    ambientManager(dataSource).query('INSERT INTO t (n) VALUES (?)', [n]);

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
    }).initialize();
    serializeSqliteAccess(dataSource);
    await dataSource.query('CREATE TABLE t (n INTEGER NOT NULL)');
  });
  afterAll(() => dataSource.destroy());
  beforeEach(async () => {
    await dataSource.query('DELETE FROM t');
    unitOfWork = new TypeOrmUnitOfWork(dataSource);
  });

  it('commits what the work wrote through the ambient manager', async () => {
    expect(inUnitOfWork(dataSource)).toBe(false);
    await unitOfWork.run(async () => {
      expect(inUnitOfWork(dataSource)).toBe(true);
      expect(ambientManager(dataSource)).not.toBe(dataSource.manager);
      await insert(1);
      await insert(2);
    });
    expect(await rows()).toEqual([1, 2]);
  });

  it('rolls every write back when the work throws', async () => {
    await expect(
      unitOfWork.run(async () => {
        await insert(1);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rows()).toEqual([]);
  });

  it('joins a nested run (another instance on the same data source too): one transaction', async () => {
    await expect(
      unitOfWork.run(async () => {
        await insert(1);
        await new TypeOrmUnitOfWork(dataSource).run(() => insert(2));
        throw new Error('the outer work fails');
      }),
    ).rejects.toThrow();
    expect(await rows()).toEqual([]);
  });

  it('runs after-commit hooks once committed, in order, and never after a rollback', async () => {
    const calls: string[] = [];
    await unitOfWork.run(async () => {
      unitOfWork.afterCommit(() => calls.push('first'));
      await insert(1);
      expect(calls).toEqual([]);
      unitOfWork.afterCommit(() => calls.push('second'));
    });
    expect(calls).toEqual(['first', 'second']);
    await unitOfWork
      .run(async () => {
        unitOfWork.afterCommit(() => calls.push('rolled back'));
        throw new Error('no');
      })
      .catch(() => undefined);
    expect(calls).toEqual(['first', 'second']);
  });

  it('runs a hook at once outside a unit of work, and a failing hook does not fail the commit', async () => {
    const calls: string[] = [];
    unitOfWork.afterCommit(() => calls.push('now'));
    expect(calls).toEqual(['now']);
    await unitOfWork.run(async () => {
      unitOfWork.afterCommit(() => {
        throw new Error('nudge failed');
      });
      await insert(3);
    });
    expect(await rows()).toEqual([3]);
  });

  it('keeps two concurrent units apart (SQLite runs them one after the other)', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = unitOfWork.run(async () => {
      await insert(1);
      await held;
      throw new Error('first rolls back');
    });
    const second = unitOfWork.run(() => insert(2));
    release();
    await expect(first).rejects.toThrow();
    await second;
    expect(await rows()).toEqual([2]);
  });
});
