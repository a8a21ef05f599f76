import { NotFoundError } from '@nestmall/ports/platform';
import { InMemoryGlobalTransactionLog } from '@nestmall/testing';
import { RecoveryWorker, TccCoordinator } from '@nestmall/transactions';
import { StuckTransactions } from './stuck-transactions.js';

describe('StuckTransactions', () => {
  it('lists unfinished transactions, and retries one now with a recovery pass', async () => {
    const log = new InMemoryGlobalTransactionLog();
    const coordinator = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 3 });
    const worker = new RecoveryWorker(log, coordinator, {
      intervalMs: 1000,
      leaseMs: 100,
      batch: 5,
    });
    let passes = 0;
    worker.runOnce = async () => ++passes;
    const stuck = new StuckTransactions(log, worker);
    await log.begin({ gid: 'g1', kind: 'place-order', payload: {}, branches: [], leaseUntilMs: 0 });

    expect(await stuck.list()).toMatchObject([
      { gid: 'g1', kind: 'place-order', status: 'TRYING', attempts: 0, flagged: false },
    ]);
    expect(await stuck.retry('g1')).toMatchObject({ gid: 'g1' });
    expect(log.retried).toEqual(['g1']);
    expect(passes).toBe(1);
    await expect(stuck.retry('nope')).rejects.toThrow(NotFoundError);
  });
});
