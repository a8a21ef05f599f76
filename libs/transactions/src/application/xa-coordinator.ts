import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { GlobalStatus } from '../domain/global-transaction.js';
import { GlobalTransactionRepository } from './global-transaction.repository.js';
import type { TccCoordinator } from './tcc-coordinator.js';
import type { TccOutcome } from './tcc.js';
import type { XaBranch, XaTransactionType } from './xa.js';

export interface XaSettings {
  /** How long the starter may take over phase one before recovery rolls it back (TCC_TIMEOUT_MS). */
  timeoutMs: number;
  /** How often prepared branches are looked for (XA RECOVER). */
  sweepIntervalMs: number;
  /** ORDER_CONSISTENCY=xa: sweep, and answer inDoubt (off, nothing asks the databases for XA). */
  enabled: boolean;
  /** false: this process runs no sweep timer (BACKGROUND_JOBS=off: another process sweeps). */
  sweeps?: boolean;
  /**
   * How many transactions this coordinator runs at once; the rest wait their turn. Each branch
   * holds a pooled connection from XA START to its phase two, and the decision needs one more:
   * unbounded, a burst would take every connection with prepared branches and wait forever for
   * the one the log needs.
   */
  maxInFlight: number;
}

/** What XA RECOVER found on a participant, with the global decision the log holds for it. */
export interface InDoubtBranch {
  participant: string;
  gid: string;
  /** The global transaction's status, or null when the log has none. */
  decision: GlobalStatus | null;
}

/**
 * The course's two-phase commit over XA. Phase one prepares every branch (in parallel, those
 * flagged prepareFirst before and those flagged prepareLast after the others; each a
 * real transaction of its participant's database, its row locks held from then on); the
 * decision is logged durably (the global transaction TRYING -> CONFIRMING for commit, or
 * -> CANCELLING for rollback) before phase two commits or rolls back every branch.
 *
 * It shares the TCC log (`tcc_global_tx`; its kinds start with `xa-`) and so its recovery
 * worker: an XA type is registered with the TCC coordinator as branches whose Confirm is XA COMMIT
 * and whose Cancel is XA ROLLBACK, which is exactly what a logged decision asks of phase two
 * (and a TRYING one past its lease is rolled back). The sweep adds what only XA needs: a branch
 * prepared after its transaction was decided (a slow starter) is finished by XA RECOVER.
 */
export class XaCoordinator implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('XaCoordinator');
  private readonly types = new Map<string, XaTransactionType<never>>();
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    private readonly log: GlobalTransactionRepository,
    private readonly tcc: TccCoordinator,
    private readonly settings: XaSettings,
  ) {}

  register<P>(type: XaTransactionType<P>): void {
    if (!type.kind.startsWith('xa-')) throw new Error(`an XA kind starts with xa-: ${type.kind}`);
    this.types.set(type.kind, type);
    this.tcc.register({
      kind: type.kind,
      branches: type.branches.map((b) => ({
        name: b.name,
        try: () => Promise.reject(new Error('an XA branch is prepared by its starter only')),
        confirm: (gid: string) => b.commit(gid),
        cancel: (gid: string) => b.rollback(gid),
      })),
    });
  }

  /**
   * Phase one (prepare all), the decision (logged), phase two (commit or roll back all). The
   * outcome reads like TCC's: CONFIRMED (committed), CANCELLED (rolled back; `error` is the
   * prepare's failure), CONFIRMING/CANCELLING (decided; recovery finishes phase two).
   */
  async execute<P>(type: XaTransactionType<P>, gid: string, payload: P): Promise<TccOutcome> {
    if (!this.types.has(type.kind)) this.register(type);
    await this.turn();
    try {
      return await this.run(type, gid, payload);
    } finally {
      // The slot passes to the first waiter, or is freed.
      const next = this.queue.shift();
      if (next) next();
      else this.inFlight--;
    }
  }

  private inFlight = 0;
  private readonly queue: (() => void)[] = [];

  /** Waits until fewer than maxInFlight run (first come, first served). */
  private async turn(): Promise<void> {
    if (this.inFlight < this.settings.maxInFlight) this.inFlight++;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  private async run<P>(type: XaTransactionType<P>, gid: string, payload: P): Promise<TccOutcome> {
    await this.log.begin({
      gid,
      kind: type.kind,
      payload,
      branches: type.branches.map((b) => b.name),
      leaseUntilMs: Date.now() + this.settings.timeoutMs,
    });
    // Branches that prepared nothing: no phase two for them.
    const idle = new Set<string>();
    const prepare = (branches: XaBranch<P>[]) =>
      settleAll(
        branches.map((b) => async () => {
          if ((await b.prepare(gid, payload)) === false) idle.add(b.name);
        }),
      );
    const stages = [
      type.branches.filter((b) => b.prepareFirst),
      type.branches.filter((b) => !b.prepareFirst && !b.prepareLast),
      type.branches.filter((b) => b.prepareLast),
    ];
    const active = () => type.branches.filter((b) => !idle.has(b.name));
    let prepared: unknown = true;
    for (const stage of stages) {
      if (stage.length > 0 && prepared === true) prepared = await prepare(stage);
    }
    if (prepared !== true) {
      if (!(await this.log.transition(gid, 'TRYING', 'CANCELLING')))
        return this.outcomeOf(gid, prepared);
      const rolledBack = await this.phaseTwo(active(), gid, 'CANCELLING');
      if (rolledBack === true) return { status: 'CANCELLED', error: prepared };
      await this.handOver(gid, rolledBack);
      return { status: 'CANCELLING', error: prepared };
    }
    // The decision, durable before any branch commits. A recovery worker that rolled back a
    // slow phase one meanwhile wins: then the sweep rolls back what was prepared since.
    if (!(await this.log.transition(gid, 'TRYING', 'CONFIRMING')))
      return this.outcomeOf(gid, undefined);
    const committed = await this.phaseTwo(active(), gid, 'CONFIRMING');
    if (committed === true) return { status: 'CONFIRMED' };
    await this.handOver(gid, committed);
    return { status: 'CONFIRMING', error: committed };
  }

  private async phaseTwo(
    branches: XaBranch<never>[] | XaBranch<unknown>[],
    gid: string,
    status: 'CONFIRMING' | 'CANCELLING',
  ): Promise<unknown> {
    const commit = status === 'CONFIRMING';
    const done = await settleAll(
      (branches as XaBranch<unknown>[]).map(
        (b) => () => (commit ? b.commit(gid) : b.rollback(gid)),
      ),
    );
    if (done !== true) return done;
    try {
      await this.log.transition(gid, status, commit ? 'CONFIRMED' : 'CANCELLED');
      return true;
    } catch (error) {
      return error;
    }
  }

  /**
   * The decision is logged already: recovery finishes phase two whether or not this note lands. A
   * failure to write it (a deadlock with the recovery worker on the same row) is logged, never
   * the buyer's answer (it was a 500 while the order was decided).
   */
  private async handOver(gid: string, error: unknown): Promise<void> {
    this.logger.warn(`XA transaction ${gid} left to recovery: ${describe(error)}`);
    await this.log
      .recordFailure(gid, describe(error), Date.now() + 250, false)
      .catch((failure: unknown) =>
        this.logger.warn(`XA transaction ${gid}: its failure not recorded: ${describe(failure)}`),
      );
  }

  private async outcomeOf(gid: string, error: unknown): Promise<TccOutcome> {
    const tx = await this.log.find(gid);
    if (tx?.status === 'CONFIRMED') return { status: 'CONFIRMED' };
    if (tx?.status === 'CONFIRMING') return { status: 'CONFIRMING', error };
    if (tx?.status === 'CANCELLED')
      return { status: 'CANCELLED', error: error ?? new Error('rolled back by recovery') };
    return { status: 'CANCELLING', error };
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** Every prepared branch of every participant, with the decision the log holds for it. */
  async inDoubt(): Promise<InDoubtBranch[]> {
    const found: InDoubtBranch[] = [];
    for (const [participant, branch] of this.participants()) {
      for (const gid of await branch.recover()) {
        const tx = await this.log.find(gid);
        found.push({ participant, gid, decision: tx?.status ?? null });
      }
    }
    return found;
  }

  /**
   * XA RECOVER on each participant: a prepared branch whose transaction is decided is finished
   * that way (commit for CONFIRMING/CONFIRMED, rollback for CANCELLING/CANCELLED or no record);
   * one still TRYING is left to its starter, or to the recovery worker once its lease is over.
   * Answers how many it finished.
   */
  async sweep(): Promise<number> {
    let finished = 0;
    for (const [participant, branch] of this.participants()) {
      for (const gid of await branch.recover()) {
        const status = (await this.log.find(gid))?.status ?? null;
        if (status === 'TRYING') continue;
        const commit = status === 'CONFIRMING' || status === 'CONFIRMED';
        await (commit ? branch.commit(gid) : branch.rollback(gid));
        this.logger.log(
          `in-doubt ${participant} branch of ${gid}: ${commit ? 'committed' : 'rolled back'}`,
        );
        finished++;
      }
    }
    return finished;
  }

  /** One branch per participant (the types share them). */
  private participants(): Map<string, XaBranch<never>> {
    const all = new Map<string, XaBranch<never>>();
    for (const type of this.types.values())
      for (const b of type.branches) if (!all.has(b.name)) all.set(b.name, b);
    return all;
  }

  onApplicationBootstrap(): void {
    if (!this.settings.enabled || this.settings.sweeps === false) return;
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .catch((error) => this.logger.warn(`XA sweep failed: ${describe(error)}`))
        .finally(() => (this.sweeping = undefined));
    }, this.settings.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}

async function settleAll(steps: (() => Promise<unknown>)[]): Promise<unknown> {
  const results = await Promise.allSettled(steps.map((step) => step()));
  const failed = results.find((r) => r.status === 'rejected');
  return failed ? failed.reason : true;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
