import { STOCK_READS_CONFIG } from '@nestmall/cache';
import type { ContextDefinition } from '@nestmall/platform';
import { InventoryRemoteModule } from './client/inventory-remote.module.js';
import { INVENTORY_PROTO } from './inventory.proto-contract.js';
import { INVENTORY_MIGRATIONS, InventoryHttpModule, InventoryModule } from './inventory.module.js';

/**
 * The inventory context as apps compose it (it calls no other context); its remote client reads
 * stock under STOCK_READS (cp|ap).
 */
export const INVENTORY_CONTEXT: ContextDefinition = {
  module: () => InventoryModule,
  http: (client) => InventoryHttpModule.register({ imports: [client] }),
  remote: () => InventoryRemoteModule.forRoot(),
  migrations: INVENTORY_MIGRATIONS,
  proto: INVENTORY_PROTO,
  config: STOCK_READS_CONFIG,
};
