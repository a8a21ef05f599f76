import { InMemoryGlobalTransactionLog } from '@nestmall/testing';
import { RecoveryWorker } from './recovery-worker.js';
import { TccCoordinator } from './tcc-coordinator.js';
import type { TccTransactionType } from './tcc.js';

describe('RecoveryWorker', () => {
  it('drives every transaction it claims one step, and answers how many', async () => {
    const log = new InMemoryGlobalTransactionLog();
    const coordinator = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 3 });
    const calls: string[] = [];
    const type: TccTransactionType = {
      kind: 'k',
      branches: [
        {
          name: 'a',
          try: async () => undefined,
          confirm: async (gid) => void calls.push(`confirm ${gid}`),
          cancel: async (gid) => void calls.push(`cancel ${gid}`),
        },
      ],
    };
    coordinator.register(type);
    for (const gid of ['stuck-confirming', 'stalled-trying']) {
      await log.begin({ gid, kind: 'k', payload: {}, branches: ['a'], leaseUntilMs: 0 });
    }
    await log.transition('stuck-confirming', 'TRYING', 'CONFIRMING');
    log.due = [(await log.find('stuck-confirming'))!, (await log.find('stalled-trying'))!];

    const worker = new RecoveryWorker(log, coordinator, {
      intervalMs: 1000,
      leaseMs: 100,
      batch: 10,
    });
    expect(await worker.runOnce()).toBe(2);
    expect(calls).toEqual(['confirm stuck-confirming', 'cancel stalled-trying']);
    expect((await log.find('stuck-confirming'))!.status).toBe('CONFIRMED');
    expect((await log.find('stalled-trying'))!.status).toBe('CANCELLED');
    expect(await worker.runOnce()).toBe(0);
  });

  it('counts a failed attempt and flags the transaction for an operator past the limit', async () => {
    const log = new InMemoryGlobalTransactionLog();
    const coordinator = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 2 });
    coordinator.register({
      kind: 'k',
      branches: [
        {
          name: 'a',
          try: async () => undefined,
          confirm: async () => {
            throw new Error('participant down');
          },
          cancel: async () => undefined,
        },
      ],
    });
    await log.begin({ gid: 'g', kind: 'k', payload: {}, branches: ['a'], leaseUntilMs: 0 });
    await log.transition('g', 'TRYING', 'CONFIRMING');
    const worker = new RecoveryWorker(log, coordinator, {
      intervalMs: 1000,
      leaseMs: 100,
      batch: 10,
    });
    for (let i = 0; i < 2; i++) {
      log.due = [(await log.find('g'))!];
      await worker.runOnce();
    }
    expect(await log.find('g')).toMatchObject({ status: 'CONFIRMING', attempts: 2, flagged: true });
    expect(log.failures).toEqual(['g: Error: participant down', 'g: Error: participant down']);
  });
});
