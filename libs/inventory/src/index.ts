export { InventoryModule, InventoryHttpModule, INVENTORY_MIGRATIONS } from './inventory.module.js';
export { InventoryClient } from './client/inventory.client.js';
export type { StockView, StockLedgerView, StockLineInput } from './application/stock-views.js';
export { DEMO_STOCK } from './infrastructure/demo-stock.seeder.js';
export { INVENTORY_PROTO } from './inventory.proto-contract.js';
export { INVENTORY_CONTEXT } from './inventory.context.js';
export { InventoryRemoteModule } from './client/inventory-remote.module.js';
