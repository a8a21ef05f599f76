import { UnitOfWork } from '../../libs/platform/src/database/unit-of-work.js';

/**
 * A unit of work without a database: it counts the units it opened, joins nested runs, and runs
 * the after-commit hooks only when the outermost work resolved (a throw drops them). The in-memory
 * repositories do not roll back; a spec that needs a rollback checks the hooks and the error.
 */
export class FakeUnitOfWork extends UnitOfWork {
  /** Units opened (nested runs join and do not count). */
  opened = 0;
  committed = 0;
  rolledBack = 0;
  private hooks: (() => void)[] | null = null;

  get active(): boolean {
    return this.hooks !== null;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.hooks) return work();
    this.opened++;
    const hooks: (() => void)[] = [];
    this.hooks = hooks;
    try {
      const result = await work();
      this.committed++;
      this.hooks = null;
      for (const hook of hooks) hook();
      return result;
    } catch (error) {
      this.rolledBack++;
      this.hooks = null;
      throw error;
    }
  }

  afterCommit(hook: () => void): void {
    if (this.hooks) this.hooks.push(hook);
    else hook();
  }
}
