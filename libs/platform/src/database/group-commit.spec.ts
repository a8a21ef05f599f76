import { jest } from '@jest/globals';
import {
  GroupCommitter,
  GroupTransactionLost,
  type GroupTransaction,
  type GroupTransactionRunner,
} from './group-commit.js';

/**
 * A database in memory for the committer: a transaction collects writes, a unit's writes are
 * dropped when it throws (its savepoint), a commit keeps them. It can fail a commit, or lose the
 * transaction once (a deadlock victim), which the runner then retries whole like
 * runInTransaction does.
 */
function memoryDatabase() {
  const db = {
    rows: [] as string[],
    /** The units' indexes of each committed transaction. */
    commits: [] as string[][],
    attempts: 0,
    failCommit: null as Error | null,
    events: [] as string[],
  };
  let writes: string[] | null = null;
  let hooks: (() => void)[] = [];
  const write = (row: string) => {
    if (!writes) throw new Error('write outside a transaction');
    writes.push(row);
  };
  const afterCommit = (hook: () => void) => hooks.push(hook);
  // One connection: a transaction waits for the one before it to end.
  let connection: Promise<unknown> = Promise.resolve();
  const runner: GroupTransactionRunner = (body) => {
    const run = connection.then(() => transaction(body));
    connection = run.catch(() => undefined);
    return run;
  };
  const transaction: GroupTransactionRunner = async (body) => {
    for (let attempt = 1; ; attempt++) {
      db.attempts++;
      writes = [];
      const tx: GroupTransaction = {
        async unit(_index, work) {
          const mark = writes!.length;
          hooks = [];
          try {
            const result = await work();
            return { result, afterCommit: hooks };
          } catch (error) {
            if (error instanceof Error && error.message === 'deadlock')
              throw new GroupTransactionLost(error);
            writes!.length = mark;
            throw error;
          }
        },
      };
      try {
        const result = await body(tx);
        if (db.failCommit) throw db.failCommit;
        db.rows.push(...writes);
        db.commits.push([...writes]);
        db.events.push('commit');
        return result;
      } catch (error) {
        if ((error as Error).message === 'deadlock' && attempt < 3) continue;
        throw error;
      } finally {
        writes = null;
      }
    }
  };
  return { db, runner, write, afterCommit };
}

describe('GroupCommitter', () => {
  afterEach(() => jest.useRealTimers());

  it('runs the units given together in one transaction, each answered after its COMMIT', async () => {
    const { db, runner, write, afterCommit } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    const unit = (n: number) =>
      committer.run(async () => {
        write(`order ${n}`);
        afterCommit(() => db.events.push(`hook ${n}`));
        return n;
      });
    const answers = [unit(1), unit(2), unit(3)].map((p) =>
      p.then((n) => {
        db.events.push(`answer ${n}`);
        return n;
      }),
    );
    expect(await Promise.all(answers)).toEqual([1, 2, 3]);
    expect(db.commits).toEqual([['order 1', 'order 2', 'order 3']]);
    expect(db.events).toEqual([
      'commit',
      'hook 1',
      'hook 2',
      'hook 3',
      'answer 1',
      'answer 2',
      'answer 3',
    ]);
  });

  it('rolls a failing unit back alone: its caller gets its error, the others commit', async () => {
    const { db, runner, write, afterCommit } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    const refused = new Error('not enough stock');
    const results = await Promise.allSettled([
      committer.run(async () => write('order 1')),
      committer.run(async () => {
        write('order 2');
        afterCommit(() => db.events.push('hook 2'));
        throw refused;
      }),
      committer.run(async () => write('order 3')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBe(refused);
    expect(db.rows).toEqual(['order 1', 'order 3']);
    expect(db.commits).toHaveLength(1);
    expect(db.events).toEqual(['commit']); // the refused unit's hook never ran
  });

  it('fails every unit of the group when its COMMIT fails', async () => {
    const { db, runner, write } = memoryDatabase();
    db.failCommit = new Error('connection lost');
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    const results = await Promise.allSettled([
      committer.run(async () => write('order 1')),
      committer.run(async () => write('order 2')),
    ]);
    expect(results.map((r) => (r as PromiseRejectedResult).reason?.message)).toEqual([
      'connection lost',
      'connection lost',
    ]);
    expect(db.rows).toEqual([]);
  });

  it('runs the whole group again when the transaction is lost (a deadlock victim)', async () => {
    const { db, runner, write } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    let tries = 0;
    const results = await Promise.all([
      committer.run(async () => {
        write('order 1');
        return 1;
      }),
      committer.run(async () => {
        if (++tries === 1) throw new Error('deadlock');
        write('order 2');
        return 2;
      }),
    ]);
    expect(results).toEqual([1, 2]);
    expect(db.attempts).toBe(2);
    expect(db.commits).toEqual([['order 1', 'order 2']]); // the first attempt left nothing
  });

  it('propagates the cause when the transaction is lost for good', async () => {
    const { db, runner } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    const results = await Promise.allSettled([
      committer.run(async () => 1),
      committer.run(async () => {
        throw new Error('deadlock');
      }),
    ]);
    expect(results.map((r) => (r as PromiseRejectedResult).reason?.message)).toEqual([
      'deadlock',
      'deadlock',
    ]);
    expect(db.attempts).toBe(3);
    expect(db.rows).toEqual([]);
  });

  it('closes a group at maxSize units: the next ones go into the next group', async () => {
    const { db, runner, write } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 60_000, maxSize: 2 });
    // A window of a minute: only the size closes the first two groups.
    const full = [1, 2, 3, 4].map((n) => committer.run(async () => write(`order ${n}`)));
    await Promise.all(full);
    expect(db.commits).toEqual([
      ['order 1', 'order 2'],
      ['order 3', 'order 4'],
    ]);
  });

  it('runs at most maxInFlight groups at once; the units that wait make the next group', async () => {
    // Transactions side by side (a connection each), counted; each holds until released.
    let open = 0;
    let most = 0;
    const groups: number[] = [];
    const releases: (() => void)[] = [];
    const runner: GroupTransactionRunner = async (body) => {
      open++;
      most = Math.max(most, open);
      let size = 0;
      try {
        return await body({
          async unit(_index, work) {
            size++;
            return { result: await work(), afterCommit: [] };
          },
        });
      } finally {
        await new Promise<void>((resolve) => releases.push(resolve));
        groups.push(size);
        open--;
      }
    };
    const committer = new GroupCommitter(runner, { windowMs: 0, maxSize: 3, maxInFlight: 1 });
    const answers = [1, 2, 3, 4, 5, 6, 7].map((n) => committer.run(async () => n));
    for (let i = 0; groups.length < 3 && i < 100; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    expect(await Promise.all(answers)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(1);
    // The first group closes at 3; the next 4 wait for it, then go as 3 and 1.
    expect(groups).toEqual([3, 3, 1]);
  });

  it('waits windowMs after the first unit for more, then commits what it has', async () => {
    jest.useFakeTimers();
    const { db, runner, write } = memoryDatabase();
    const committer = new GroupCommitter(runner, { windowMs: 5, maxSize: 10 });
    const first = committer.run(async () => write('order 1'));
    await jest.advanceTimersByTimeAsync(3);
    const second = committer.run(async () => write('order 2'));
    await jest.advanceTimersByTimeAsync(1);
    expect(db.commits).toEqual([]); // 4 ms after the first: still gathering
    await jest.advanceTimersByTimeAsync(1);
    await Promise.all([first, second]);
    expect(db.commits).toEqual([['order 1', 'order 2']]);
    // One that arrives later opens a group of its own.
    const third = committer.run(async () => write('order 3'));
    await jest.advanceTimersByTimeAsync(5);
    await third;
    expect(db.commits).toEqual([['order 1', 'order 2'], ['order 3']]);
  });

  it('refuses a group size below one', () => {
    const { runner } = memoryDatabase();
    expect(() => new GroupCommitter(runner, { windowMs: 5, maxSize: 0 })).toThrow(/at least one/);
  });
});
