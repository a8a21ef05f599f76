/**
 * "These reads may be answered by a read replica": what a read use case asks for when its answer
 * may lag the last write by the replica's delay (a product list, a ranking, the course's public
 * user routes). Never for what a buyer just wrote (their own orders, their cart), a stock check
 * or anything inside a unit of work: those read the primary, and that is the default.
 * Without replicas configured (DATABASE_READ_URLS) `run` just runs `work`.
 */
export abstract class ReplicaReads {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}

/** The port's plain implementation: every read on the primary (unit specs, SQLite). */
export class PrimaryOnlyReads extends ReplicaReads {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}
