import { SingleFlight } from './single-flight.js';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs one execution for 200 concurrent calls of one key, and all get its answer', async () => {
    const flights = new SingleFlight();
    const gate = deferred<string>();
    let runs = 0;
    const calls = Array.from({ length: 200 }, () =>
      flights.run('k', () => {
        runs++;
        return gate.promise;
      }),
    );
    gate.resolve('v');
    expect(await Promise.all(calls)).toEqual(Array(200).fill('v'));
    expect(runs).toBe(1);
    expect(flights.size).toBe(0);
  });

  it('runs different keys separately', async () => {
    const flights = new SingleFlight();
    const seen: string[] = [];
    await Promise.all(['a', 'b', 'a'].map((k) => flights.run(k, async () => void seen.push(k))));
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('starts afresh once the execution has settled', async () => {
    const flights = new SingleFlight();
    let runs = 0;
    await flights.run('k', async () => ++runs);
    await flights.run('k', async () => ++runs);
    expect(runs).toBe(2);
  });

  it('gives every caller the failure, and forgets it (the next call runs again)', async () => {
    const flights = new SingleFlight();
    const gate = deferred<string>();
    const calls = [1, 2, 3].map(() => flights.run('k', () => gate.promise));
    gate.reject(new Error('database down'));
    for (const call of calls) await expect(call).rejects.toThrow('database down');
    await expect(flights.run('k', async () => 'back')).resolves.toBe('back');
  });

  it('catches a synchronous throw as a rejection', async () => {
    const flights = new SingleFlight();
    await expect(
      flights.run('k', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(flights.size).toBe(0);
  });

  it('forget(): later calls start afresh and the detached one learns it is no longer current', async () => {
    const flights = new SingleFlight();
    const gate = deferred<string>();
    let current: (() => boolean) | undefined;
    const first = flights.run('k', (isCurrent) => ((current = isCurrent), gate.promise));
    expect(current!()).toBe(true);
    flights.forget('k');
    expect(current!()).toBe(false);
    const second = flights.run('k', async () => 'fresh');
    gate.resolve('old');
    expect(await first).toBe('old');
    expect(await second).toBe('fresh');
    expect(flights.size).toBe(0);
  });

  it('a detached execution that settles late does not remove its successor', async () => {
    const flights = new SingleFlight();
    const old = deferred<string>();
    const next = deferred<string>();
    const first = flights.run('k', () => old.promise);
    flights.forget('k');
    const second = flights.run('k', () => next.promise);
    old.resolve('old');
    await first;
    expect(flights.size).toBe(1);
    const joined = flights.run('k', async () => 'not run');
    next.resolve('next');
    expect(await Promise.all([second, joined])).toEqual(['next', 'next']);
  });
});
