export { TransactionsModule, TRANSACTIONS_MIGRATIONS } from './transactions.module.js';
export { TccCoordinator, type TccSettings } from './application/tcc-coordinator.js';
export { RecoveryWorker } from './application/recovery-worker.js';
export { GlobalTransactionRepository } from './application/global-transaction.repository.js';
export type { TccBranch, TccTransactionType, TccOutcome } from './application/tcc.js';
export type { GlobalTransaction, GlobalStatus } from './domain/global-transaction.js';
export {
  withBarrier,
  insertIgnore,
  barrierTable,
  type BarrierOp,
} from './infrastructure/barrier.js';
