export { TRANSACTIONS_CONFIG, type TransactionsConfig } from './transactions.config.js';
export { TransactionsModule, TRANSACTIONS_MIGRATIONS } from './transactions.module.js';
export { TccCoordinator, type TccSettings } from './application/tcc-coordinator.js';
export { RecoveryWorker } from './application/recovery-worker.js';
export { GlobalTransactionRepository } from './application/global-transaction.repository.js';
export type { TccBranch, TccTransactionType, TccOutcome } from './application/tcc.js';
export type { GlobalTransaction, GlobalStatus } from './domain/global-transaction.js';
export { BranchBarrier, type BarrierOp } from './application/branch-barrier.js';
export { TypeOrmBranchBarrier, insertIgnore, barrierTable } from './infrastructure/barrier.js';
