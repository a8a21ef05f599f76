import { ConflictError } from '@nestmall/ports/platform';
import { OrderChangedConcurrentlyError } from '../domain/order.js';
import { retryOnConcurrentChange } from './retry-on-concurrent-change.js';

describe('retryOnConcurrentChange', () => {
  it('reads and decides again when another request moved the order in between', async () => {
    let calls = 0;
    const answer = await retryOnConcurrentChange(async () => {
      calls++;
      if (calls === 1) throw new OrderChangedConcurrentlyError(7);
      return 'CANCELLED';
    });
    expect({ answer, calls }).toEqual({ answer: 'CANCELLED', calls: 2 });
  });

  it('gives up after three attempts, with the last error', async () => {
    let calls = 0;
    const run = retryOnConcurrentChange(async () => {
      calls++;
      throw new OrderChangedConcurrentlyError(7);
    });
    await expect(run).rejects.toBeInstanceOf(OrderChangedConcurrentlyError);
    expect(calls).toBe(3);
  });

  it('passes any other error on at once', async () => {
    let calls = 0;
    const run = retryOnConcurrentChange(async () => {
      calls++;
      throw new ConflictError('order 7 is CANCELLED and cannot be paid');
    });
    await expect(run).rejects.toThrow('cannot be paid');
    expect(calls).toBe(1);
  });
});
