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

  describe('group commit (savepoints of one transaction)', () => {
    it('commits the units of a group together; a failing one rolls back alone', async () => {
      const group = unitOfWork.groupCommit({ windowMs: 50, maxSize: 10 });
      const hooks: string[] = [];
      let visible: number[] = [];
      const results = await Promise.allSettled([
        group.run(async () => {
          await insert(1);
          unitOfWork.afterCommit(() => hooks.push('hook 1'));
          return 'one';
        }),
        group.run(async () => {
          await insert(2);
          // A nested run joins the unit (its savepoint), as a branch's own unit of work does.
          await unitOfWork.run(() => insert(20));
          throw new Error('refused');
        }),
        group.run(async () => {
          // The same transaction: what the units before wrote is visible, uncommitted.
          visible = (await ambientManager(dataSource).query('SELECT n FROM t ORDER BY n')).map(
            (r: { n: number }) => r.n,
          );
          expect(hooks).toEqual([]); // nothing committed yet
          await insert(3);
        }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused');
      expect(visible).toEqual([1]); // unit 2's rows rolled back to its savepoint
      expect(hooks).toEqual(['hook 1']);
      expect(await rows()).toEqual([1, 3]);
    });

    it('fails every unit and keeps nothing of the group when its COMMIT fails', async () => {
      // A deferred foreign key is checked at COMMIT: a unit that breaks it fails the group's.
      await dataSource.query('PRAGMA foreign_keys = ON');
      await dataSource.query('CREATE TABLE IF NOT EXISTS p (n INTEGER PRIMARY KEY)');
      await dataSource.query(
        'CREATE TABLE IF NOT EXISTS c (n INTEGER REFERENCES p (n) DEFERRABLE INITIALLY DEFERRED)',
      );
      const group = unitOfWork.groupCommit({ windowMs: 50, maxSize: 10 });
      const results = await Promise.allSettled([
        group.run(() => insert(1)),
        group.run(() => ambientManager(dataSource).query('INSERT INTO c (n) VALUES (42)')),
        group.run(() => insert(3)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
      expect(await rows()).toEqual([]);
      expect(group.stats).toEqual({ groups: 0, units: 0 });
      await group.run(() => insert(4)); // and the connection is fit for the next group
      expect(await rows()).toEqual([4]);
      expect(group.stats).toEqual({ groups: 1, units: 1 });
    });

    it('joins the ambient unit of work instead of waiting for a group', async () => {
      const group = unitOfWork.groupCommit({ windowMs: 60_000, maxSize: 10 });
      await unitOfWork.run(async () => {
        await insert(1);
        await group.run(() => insert(2)); // a minute's window: it would hang if it waited
      });
      expect(await rows()).toEqual([1, 2]);
    });
  });
});
