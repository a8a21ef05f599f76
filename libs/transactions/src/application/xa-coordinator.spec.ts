import { InMemoryGlobalTransactionLog as InMemoryLog } from '@nestmall/testing';
import { TccCoordinator } from './tcc-coordinator.js';
import type { XaBranch, XaTransactionType } from './xa.js';
import { XaCoordinator } from './xa-coordinator.js';

/** A participant that records its calls and keeps its prepared gids (what XA RECOVER lists). */
function participant(name: string, calls: string[], failPrepare = false) {
  const prepared = new Set<string>();
  const branch: XaBranch = {
    name,
    prepare: async (gid) => {
      calls.push(`${name}.prepare`);
      if (failPrepare) throw new Error(`${name} refused`);
      prepared.add(gid);
    },
    commit: async (gid) => {
      calls.push(`${name}.commit`);
      prepared.delete(gid);
    },
    rollback: async (gid) => {
      calls.push(`${name}.rollback`);
      prepared.delete(gid);
    },
    recover: async () => [...prepared],
  };
  return { branch, prepared };
}

function setUp(failB = false, maxInFlight = 4) {
  const log = new InMemoryLog();
  const calls: string[] = [];
  const a = participant('a', calls);
  const b = participant('b', calls, failB);
  const tcc = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 3 });
  const xa = new XaCoordinator(log, tcc, {
    timeoutMs: 5000,
    sweepIntervalMs: 1000,
    enabled: true,
    maxInFlight,
  });
  const type: XaTransactionType = { kind: 'xa-k', branches: [a.branch, b.branch] };
  xa.register(type);
  return { log, calls, a, b, tcc, xa, type };
}

describe('XaCoordinator', () => {
  it('prepares every branch, logs the decision, then commits every branch: CONFIRMED', async () => {
    const { log, calls, xa, type } = setUp();
    expect(await xa.execute(type, 'g1', {})).toEqual({ status: 'CONFIRMED' });
    expect(calls.slice(0, 2).sort()).toEqual(['a.prepare', 'b.prepare']);
    expect(calls.slice(2).sort()).toEqual(['a.commit', 'b.commit']);
    expect(log.transitions).toEqual(['TRYING->CONFIRMING', 'CONFIRMING->CONFIRMED']);
  });

  it('rolls every branch back when one refuses to prepare: CANCELLED with its error', async () => {
    const { log, calls, xa, type } = setUp(true);
    const outcome = await xa.execute(type, 'g1', {});
    expect(outcome).toMatchObject({ status: 'CANCELLED', error: new Error('b refused') });
    expect(calls.filter((c) => c.endsWith('commit'))).toEqual([]);
    expect(calls.filter((c) => c.endsWith('rollback')).sort()).toEqual([
      'a.rollback',
      'b.rollback',
    ]);
    expect(log.transitions).toEqual(['TRYING->CANCELLING', 'CANCELLING->CANCELLED']);
  });

  it('prepares a prepareLast branch after the others, and not at all when one of them refused', async () => {
    const ordered = setUp();
    const last = participant('last', ordered.calls);
    const type: XaTransactionType = {
      kind: 'xa-ordered',
      branches: [{ ...last.branch, prepareLast: true }, ordered.a.branch, ordered.b.branch],
    };
    expect(await ordered.xa.execute(type, 'g1', {})).toEqual({ status: 'CONFIRMED' });
    expect(ordered.calls.slice(0, 3)).toEqual(expect.arrayContaining(['a.prepare', 'b.prepare']));
    expect(ordered.calls[2]).toBe('last.prepare');

    const refused = setUp(true);
    const skipped = participant('last', refused.calls);
    const failing: XaTransactionType = {
      kind: 'xa-ordered',
      branches: [refused.a.branch, refused.b.branch, { ...skipped.branch, prepareLast: true }],
    };
    expect(await refused.xa.execute(failing, 'g2', {})).toMatchObject({ status: 'CANCELLED' });
    expect(refused.calls).not.toContain('last.prepare');
    expect(refused.calls).toContain('last.rollback');
  });

  it('prepares a prepareFirst branch before the others, and no other when it refused', async () => {
    const ordered = setUp();
    const first = participant('first', ordered.calls);
    const type: XaTransactionType = {
      kind: 'xa-ordered',
      branches: [ordered.a.branch, ordered.b.branch, { ...first.branch, prepareFirst: true }],
    };
    expect(await ordered.xa.execute(type, 'g1', {})).toEqual({ status: 'CONFIRMED' });
    expect(ordered.calls[0]).toBe('first.prepare');
    expect(ordered.calls.slice(1, 3).sort()).toEqual(['a.prepare', 'b.prepare']);

    const refused = setUp();
    const refusing = participant('first', refused.calls, true);
    const failing: XaTransactionType = {
      kind: 'xa-ordered',
      branches: [refused.a.branch, refused.b.branch, { ...refusing.branch, prepareFirst: true }],
    };
    expect(await refused.xa.execute(failing, 'g2', {})).toMatchObject({ status: 'CANCELLED' });
    expect(refused.calls).not.toContain('a.prepare');
    expect(refused.calls).not.toContain('b.prepare');
  });

  it('calls no phase two of a branch that prepared nothing', async () => {
    const { calls, a, b, xa } = setUp();
    const idle: XaBranch = { ...participant('idle', calls).branch };
    idle.prepare = async () => {
      calls.push('idle.prepare');
      return false;
    };
    const type: XaTransactionType = { kind: 'xa-idle', branches: [a.branch, b.branch, idle] };
    expect(await xa.execute(type, 'g1', {})).toEqual({ status: 'CONFIRMED' });
    expect(calls).toContain('idle.prepare');
    expect(calls.filter((c) => c.startsWith('idle.'))).toEqual(['idle.prepare']);
    expect(calls.filter((c) => c.endsWith('.commit')).sort()).toEqual(['a.commit', 'b.commit']);
  });

  it('sweeps prepared branches by their logged decision, and leaves undecided ones alone', async () => {
    const { log, a, b, xa, tcc } = setUp();
    await log.begin({
      gid: 'decided',
      kind: 'xa-k',
      payload: {},
      branches: ['a', 'b'],
      leaseUntilMs: 0,
    });
    await log.transition('decided', 'TRYING', 'CONFIRMING');
    await log.begin({ gid: 'open', kind: 'xa-k', payload: {}, branches: ['a'], leaseUntilMs: 0 });
    for (const gid of ['decided', 'open', 'unknown']) a.prepared.add(gid);
    b.prepared.add('decided');
    expect((await xa.inDoubt()).length).toBe(4);
    expect(await xa.sweep()).toBe(3); // decided on a and b: committed; unknown: rolled back
    expect([...a.prepared, ...b.prepared]).toEqual(['open']);
    // The recovery worker (the TCC coordinator's recover) rolls back a TRYING one for good.
    await tcc.recover((await log.find('open'))!);
    expect(a.prepared.size).toBe(0);
    expect((await log.find('open'))!.status).toBe('CANCELLED');
  });

  it('runs at most maxInFlight transactions at once; the others wait their turn', async () => {
    const log = new InMemoryLog();
    let running = 0;
    let most = 0;
    const slow: XaBranch = {
      name: 's',
      prepare: async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
      },
      commit: async () => undefined,
      rollback: async () => undefined,
      recover: async () => [],
    };
    const tcc = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 3 });
    const xa = new XaCoordinator(log, tcc, {
      timeoutMs: 5000,
      sweepIntervalMs: 1000,
      enabled: true,
      maxInFlight: 2,
    });
    const type: XaTransactionType = { kind: 'xa-s', branches: [slow] };
    const outcomes = await Promise.all(
      Array.from({ length: 7 }, (_, i) => xa.execute(type, `g${i}`, {})),
    );
    expect(outcomes.every((o) => o.status === 'CONFIRMED')).toBe(true);
    expect(most).toBe(2);
  });
});
