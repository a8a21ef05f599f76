/**
 * "Run this in one local transaction": what a use case or an event handler asks for. The
 * repositories it calls join the transaction without being handed it, and a nested `run` joins
 * the outer one, so a handler's writes and its inbox row commit together.
 */
export abstract class UnitOfWork {
  /** Runs `work` in the ambient transaction, or in a new one that commits when `work` resolves. */
  abstract run<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Calls `hook` once the ambient transaction has committed (never after a rollback; at once
   * outside a transaction). For nudges, such as telling the outbox relay there is work.
   */
  abstract afterCommit(hook: () => void): void;
}
