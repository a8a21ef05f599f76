// '@nestmall/ports/transactions': the TCC coordinator, its recovery worker and the ports they
// and a participant use (the global transaction log, the branch barrier); their TypeORM
// adapters stay in the index.
export { TccCoordinator, type TccSettings } from './application/tcc-coordinator.js';
export { RecoveryWorker } from './application/recovery-worker.js';
export { GlobalTransactionRepository } from './application/global-transaction.repository.js';
export type { TccBranch, TccTransactionType, TccOutcome } from './application/tcc.js';
export type { GlobalTransaction, GlobalStatus } from './domain/global-transaction.js';
export { BranchBarrier, type BarrierOp } from './application/branch-barrier.js';
export { TRANSACTIONS_CONFIG, type TransactionsConfig } from './transactions.config.js';
export {
  XaResource,
  XA_FORMAT_ID,
  xaXid,
  type XaBranch,
  type XaTransactionType,
} from './application/xa.js';
export {
  XaCoordinator,
  type XaSettings,
  type InDoubtBranch,
} from './application/xa-coordinator.js';
