import { DomainError, NotFoundError } from '@nestmall/ports/platform';
import { CapReads, isUnreachable, LastKnownValues } from './last-known.js';

const down = () =>
  Promise.reject(new DomainError('UNAVAILABLE', 'inventory-service is unavailable'));

describe('LastKnownValues', () => {
  it('recalls the last value remembered per key with the time it was read, as a copy', () => {
    let clock = 1_000;
    const store = new LastKnownValues(10, () => clock);
    store.remember('stock:A', { available: 5 });
    clock = 2_000;
    store.remember('stock:A', { available: 4 });
    const recalled = store.recall<{ available: number }>('stock:A')!;
    expect(recalled).toEqual({ value: { available: 4 }, readAt: 2_000 });
    recalled.value.available = 99;
    expect(store.recall('stock:A')!.value).toEqual({ available: 4 });
    expect(store.recall('stock:B')).toBeUndefined();
  });

  it('keeps at most maxEntries, pushing out the least recently used', () => {
    const store = new LastKnownValues(2);
    store.remember('a', 1);
    store.remember('b', 2);
    store.recall('a'); // a is now more recent than b
    store.remember('c', 3);
    expect(store.size).toBe(2);
    expect(store.recall('b')).toBeUndefined();
    expect(store.recall('a')!.value).toBe(1);
    expect(store.recall('c')!.value).toBe(3);
  });

  it('refuses a capacity under 1', () => {
    expect(() => new LastKnownValues(0)).toThrow(RangeError);
  });
});

describe('CapReads (the mode decision)', () => {
  it('cp: answers fresh, and fails with the source while it is unreachable, even after a read', async () => {
    const reads = new CapReads('cp');
    expect(await reads.read('k', () => Promise.resolve(7))).toEqual({ value: 7 });
    await expect(reads.read('k', down)).rejects.toThrow('inventory-service is unavailable');
  });

  it('ap: answers the last known value marked stale while the source is unreachable', async () => {
    let clock = Date.UTC(2026, 10, 30, 12, 0, 0);
    const reads = new CapReads('ap', new LastKnownValues(100, () => clock));
    expect(await reads.read('k', () => Promise.resolve({ n: 1 }))).toEqual({ value: { n: 1 } });
    clock += 30_000;
    expect(await reads.read('k', down)).toEqual({
      value: { n: 1 },
      staleAsOf: new Date('2026-11-30T12:00:00.000Z'),
    });
    // Back: fresh again, and remembered anew.
    expect(await reads.read('k', () => Promise.resolve({ n: 2 }))).toEqual({ value: { n: 2 } });
    expect((await reads.read('k', down)).value).toEqual({ n: 2 });
  });

  it('ap: fails with the source when nothing is known yet for that key', async () => {
    const reads = new CapReads('ap');
    await reads.read('other', () => Promise.resolve(1));
    await expect(reads.read('k', down)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('ap: passes any other error through (a 404 is an answer, not an outage)', async () => {
    const reads = new CapReads('ap');
    await reads.read('k', () => Promise.resolve(1));
    await expect(
      reads.read('k', () => Promise.reject(new NotFoundError('SKU T1 not found'))),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('consistent(): the in-process reader is cp', () => {
    expect(CapReads.consistent().mode).toBe('cp');
  });

  it('isUnreachable: only UNAVAILABLE domain errors', () => {
    expect(isUnreachable(new DomainError('UNAVAILABLE', 'x'))).toBe(true);
    expect(isUnreachable(new DomainError('INTERNAL', 'x'))).toBe(false);
    expect(isUnreachable(new Error('x'))).toBe(false);
  });
});
