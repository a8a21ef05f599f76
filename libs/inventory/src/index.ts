export { InventoryModule, InventoryHttpModule, INVENTORY_MIGRATIONS } from './inventory.module.js';
export { DEMO_STOCK } from './infrastructure/demo-stock.seeder.js';
export { INVENTORY_PROTO } from './inventory.proto-contract.js';
export { INVENTORY_CONTEXT } from './inventory.context.js';
export { InventoryRemoteModule } from './client/inventory-remote.module.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/inventory').
export * from './ports.js';
