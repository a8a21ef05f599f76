import { InMemoryGlobalTransactionLog as InMemoryLog } from '@nestmall/testing';
import { UnitOfWork } from '@nestmall/ports/platform';
import { TccCoordinator } from './tcc-coordinator.js';
import type { TccBranch, TccTransactionType } from './tcc.js';

/** A branch that records its calls; `fail` names the steps that throw. */
function branch(name: string, calls: string[], fail: string[] = [], delayMs = 0): TccBranch {
  const step = (op: string) => async () => {
    calls.push(`${name}.${op}:start`);
    await new Promise((r) => setTimeout(r, delayMs));
    calls.push(`${name}.${op}:end`);
    if (fail.includes(op)) throw new Error(`${name} ${op} failed`);
  };
  return { name, try: step('try'), confirm: step('confirm'), cancel: step('cancel') };
}

/**
 * A unit of work over the in-memory log: what ran inside a rolled-back run is undone (the log's
 * records and the branches' calls are dropped), as the database would.
 */
class RollbackUnitOfWork extends UnitOfWork {
  runs = 0;
  constructor(
    private readonly log: InMemoryLog,
    private readonly calls: string[],
  ) {
    super();
  }
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.runs++;
    const txs = new Map(this.log.txs);
    const called = this.calls.length;
    try {
      return await work();
    } catch (error) {
      this.log.txs.clear();
      for (const [k, v] of txs) this.log.txs.set(k, v);
      this.calls.splice(called);
      throw error;
    }
  }
  afterCommit(hook: () => void): void {
    hook();
  }
}

const local = (b: TccBranch): TccBranch => ({ ...b, local: true });

describe('TccCoordinator', () => {
  const settings = { timeoutMs: 5000, maxAttempts: 3 };

  describe('one-phase commit (every branch local)', () => {
    it('tries then confirms every branch and records it CONFIRMED in one unit of work', async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const type: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls)), local(branch('b', calls))],
      };
      const coordinator = new TccCoordinator(log, settings, unitOfWork);
      expect(coordinator.isOnePhase(type)).toBe(true);
      const outcome = await coordinator.execute(type, 'p1', {});
      expect(outcome).toEqual({ status: 'CONFIRMED' });
      expect(unitOfWork.runs).toBe(1);
      // One after another (one connection): every Try, then every Confirm.
      expect(calls.filter((c) => c.endsWith(':end'))).toEqual([
        'a.try:end',
        'b.try:end',
        'a.confirm:end',
        'b.confirm:end',
      ]);
      // Recorded finished, with no transition: nothing is left for the recovery worker.
      expect(log.txs.get('p1')?.status).toBe('CONFIRMED');
      expect(log.transitions).toEqual([]);
      expect(await log.countUnfinished()).toEqual({ unfinished: 0, flagged: 0 });
    });

    it('runs the two phases when a Try fails: the one-phase attempt rolled back, the refusal recorded', async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const type: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls)), local(branch('b', calls, ['try']))],
      };
      const outcome = await new TccCoordinator(log, settings, unitOfWork).execute(type, 'p2', {});
      expect(outcome.status).toBe('CANCELLED');
      expect((outcome as { error: Error }).error.message).toBe('b try failed');
      expect(calls.filter((c) => c.endsWith('cancel:end')).sort()).toEqual([
        'a.cancel:end',
        'b.cancel:end',
      ]);
      expect(calls.some((c) => c.includes('confirm'))).toBe(false);
      expect(log.transitions).toEqual(['TRYING->CANCELLING', 'CANCELLING->CANCELLED']);
      expect(log.txs.get('p2')?.status).toBe('CANCELLED');
    });

    it("runs the one phase through the type's group committer, a refusal then in two phases", async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const grouped: string[] = [];
      const groupCommit = {
        stats: { groups: 0, units: 0 },
        run: <T>(work: () => Promise<T>) => {
          grouped.push('unit');
          return unitOfWork.run(work);
        },
      };
      const type: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls)), local(branch('b', calls))],
        groupCommit,
      };
      const coordinator = new TccCoordinator(log, settings, unitOfWork);
      expect(await coordinator.execute(type, 'g1', {})).toEqual({ status: 'CONFIRMED' });
      expect(grouped).toEqual(['unit']);
      expect(log.txs.get('g1')?.status).toBe('CONFIRMED');
      const refused: TccTransactionType = {
        ...type,
        branches: [local(branch('a', calls)), local(branch('b', calls, ['try']))],
      };
      const outcome = await coordinator.execute(refused, 'g2', {});
      expect(outcome.status).toBe('CANCELLED');
      expect(grouped).toEqual(['unit', 'unit']); // the two phases after it go apart
      expect(log.txs.get('g2')?.status).toBe('CANCELLED');
    });

    it('keeps the two phases when one branch is not local; the local ones ride on the log', async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const mixed: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls)), branch('b', calls)],
      };
      const coordinator = new TccCoordinator(log, settings, unitOfWork);
      expect(coordinator.isOnePhase(mixed)).toBe(false);
      expect(await coordinator.execute(mixed, 'p3', {})).toEqual({ status: 'CONFIRMED' });
      // Two units of work: the log's start with a's Try, the decision with a's Confirm.
      expect(unitOfWork.runs).toBe(2);
      expect(calls.filter((c) => c.endsWith(':end'))).toEqual([
        'a.try:end',
        'b.try:end',
        'a.confirm:end',
        'b.confirm:end',
      ]);
      expect(log.transitions).toEqual(['TRYING->CONFIRMING', 'CONFIRMING->CONFIRMED']);
      const allLocal: TccTransactionType = { kind: 'k2', branches: [local(branch('c', calls))] };
      expect(new TccCoordinator(log, settings).isOnePhase(allLocal)).toBe(false);
    });

    it('tries a local branch apart when it fails with the log: the refusal recorded, all cancelled', async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const mixed: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls, ['try'])), branch('b', calls)],
      };
      const outcome = await new TccCoordinator(log, settings, unitOfWork).execute(mixed, 'p4', {});
      expect(outcome.status).toBe('CANCELLED');
      expect((outcome as { error: Error }).error.message).toBe('a try failed');
      expect(log.transitions).toEqual(['TRYING->CANCELLING', 'CANCELLING->CANCELLED']);
      expect(calls.filter((c) => c.endsWith('cancel:end')).sort()).toEqual([
        'a.cancel:end',
        'b.cancel:end',
      ]);
    });

    it('confirms a local branch apart when its Confirm fails with the decision: handed to recovery', async () => {
      const log = new InMemoryLog();
      const calls: string[] = [];
      const unitOfWork = new RollbackUnitOfWork(log, calls);
      const mixed: TccTransactionType = {
        kind: 'k',
        branches: [local(branch('a', calls, ['confirm'])), branch('b', calls)],
      };
      const outcome = await new TccCoordinator(log, settings, unitOfWork).execute(mixed, 'p5', {});
      expect(outcome.status).toBe('CONFIRMING');
      // The decision was made durable anyway (apart), and never turned into a Cancel.
      expect(log.txs.get('p5')?.status).toBe('CONFIRMING');
      expect(calls.some((c) => c.includes('cancel'))).toBe(false);
    });
  });

  it('tries every branch in parallel, then confirms every branch: CONFIRMED', async () => {
    const log = new InMemoryLog();
    const calls: string[] = [];
    const type: TccTransactionType = {
      kind: 'k',
      branches: [branch('a', calls, [], 20), branch('b', calls, [], 20)],
    };
    const outcome = await new TccCoordinator(log, settings).execute(type, 'g1', {});
    expect(outcome).toEqual({ status: 'CONFIRMED' });
    // Both Trys started before either ended: in parallel.
    expect(calls.slice(0, 2).sort()).toEqual(['a.try:start', 'b.try:start']);
    expect(calls.filter((c) => c.endsWith(':end'))).toEqual(
      expect.arrayContaining(['a.try:end', 'b.try:end', 'a.confirm:end', 'b.confirm:end']),
    );
    expect(calls.some((c) => c.includes('cancel'))).toBe(false);
    expect(log.transitions).toEqual(['TRYING->CONFIRMING', 'CONFIRMING->CONFIRMED']);
  });

  it('cancels every branch, the tried ones too, when one Try fails: CANCELLED with its error', async () => {
    const log = new InMemoryLog();
    const calls: string[] = [];
    const type: TccTransactionType = {
      kind: 'k',
      branches: [branch('a', calls), branch('b', calls, ['try'])],
    };
    const outcome = await new TccCoordinator(log, settings).execute(type, 'g2', {});
    expect(outcome.status).toBe('CANCELLED');
    expect((outcome as { error: Error }).error.message).toBe('b try failed');
    expect(calls.filter((c) => c.endsWith('cancel:end')).sort()).toEqual([
      'a.cancel:end',
      'b.cancel:end',
    ]);
    expect(calls.some((c) => c.includes('confirm'))).toBe(false);
    expect(log.transitions).toEqual(['TRYING->CANCELLING', 'CANCELLING->CANCELLED']);
  });

  it('hands a Confirm that fails to the recovery worker (CONFIRMING), never cancels it', async () => {
    const log = new InMemoryLog();
    const calls: string[] = [];
    const type: TccTransactionType = {
      kind: 'k',
      branches: [branch('a', calls), branch('b', calls, ['confirm'])],
    };
    const coordinator = new TccCoordinator(log, settings);
    const outcome = await coordinator.execute(type, 'g3', {});
    expect(outcome.status).toBe('CONFIRMING');
    expect(log.txs.get('g3')!.status).toBe('CONFIRMING');
    expect(log.failures).toEqual(['g3: Error: b confirm failed']);
    expect(calls.some((c) => c.includes('cancel'))).toBe(false);

    // The recovery worker confirms it again (each branch is idempotent) once b recovers.
    const fixed: TccTransactionType = { kind: 'k', branches: [branch('a', []), branch('b', [])] };
    coordinator.register(fixed);
    await coordinator.recover(log.txs.get('g3')!);
    expect(log.txs.get('g3')!.status).toBe('CONFIRMED');
  });
});

describe('TccCoordinator when the recovery worker got there first', () => {
  const settings = { timeoutMs: 5000, maxAttempts: 3 };

  it('answers CANCELLED, confirming nothing, when a slow Try phase was cancelled meanwhile', async () => {
    const log = new InMemoryLog();
    const calls: string[] = [];
    const slow: TccBranch = {
      ...branch('a', calls),
      try: async (gid) => {
        // The worker found the lease expired and cancelled while this Try ran.
        await log.transition(gid, 'TRYING', 'CANCELLING');
        await log.transition(gid, 'CANCELLING', 'CANCELLED');
      },
    };
    const outcome = await new TccCoordinator(log, settings).execute(
      { kind: 'k', branches: [slow] },
      'g4',
      {},
    );
    expect(outcome.status).toBe('CANCELLED');
    expect((outcome as { error: Error }).error.message).toBe('cancelled by the recovery worker');
    expect(calls.some((c) => c.includes('confirm'))).toBe(false);
  });

  it('hands a Cancel that fails to the recovery worker (CANCELLING), with the Try error', async () => {
    const log = new InMemoryLog();
    const type: TccTransactionType = {
      kind: 'k',
      branches: [branch('a', [], ['try', 'cancel'])],
    };
    const outcome = await new TccCoordinator(log, settings).execute(type, 'g5', {});
    expect(outcome.status).toBe('CANCELLING');
    expect((outcome as { error: Error }).error.message).toBe('a try failed');
    expect(log.failures).toEqual(['g5: Error: a cancel failed']);
  });
});
