import type { GlobalStatus, GlobalTransaction } from '../domain/global-transaction.js';
import {
  GlobalTransactionRepository,
  type NewGlobalTransaction,
} from './global-transaction.repository.js';
import { TccCoordinator } from './tcc-coordinator.js';
import type { TccBranch, TccTransactionType } from './tcc.js';

/** The coordinator's log in memory (the TypeORM one is covered by the e2e suites). */
class InMemoryLog extends GlobalTransactionRepository {
  readonly txs = new Map<string, GlobalTransaction>();
  readonly transitions: string[] = [];
  readonly failures: string[] = [];

  async begin(tx: NewGlobalTransaction): Promise<void> {
    this.txs.set(tx.gid, {
      gid: tx.gid,
      kind: tx.kind,
      status: 'TRYING',
      payload: tx.payload,
      attempts: 0,
      flagged: false,
      lastError: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }

  async find(gid: string): Promise<GlobalTransaction | null> {
    return this.txs.get(gid) ?? null;
  }

  async transition(gid: string, from: GlobalStatus, to: GlobalStatus): Promise<boolean> {
    const tx = this.txs.get(gid);
    if (!tx || tx.status !== from) return false;
    tx.status = to;
    this.transitions.push(`${from}->${to}`);
    return true;
  }

  async recordFailure(gid: string, error: string): Promise<void> {
    this.failures.push(`${gid}: ${error}`);
  }

  async claimDue(): Promise<GlobalTransaction[]> {
    return [];
  }

  async listUnfinished(): Promise<GlobalTransaction[]> {
    return [...this.txs.values()].filter((t) => !['CONFIRMED', 'CANCELLED'].includes(t.status));
  }

  async retryNow(): Promise<boolean> {
    return false;
  }
}

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

describe('TccCoordinator', () => {
  const settings = { timeoutMs: 5000, maxAttempts: 3 };

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
