export { TransactionsModule, TRANSACTIONS_MIGRATIONS } from './transactions.module.js';
export { TypeOrmXaResource } from './infrastructure/xa-resource.js';
export { TypeOrmBranchBarrier, insertIgnore, barrierTable } from './infrastructure/barrier.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/transactions').
export * from './ports.js';
