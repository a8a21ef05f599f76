import { CACHE_CONFIG, STOCK_READS_CONFIG } from '@nestmall/cache';
import type { ContextDefinition } from '@nestmall/platform';
import { CATALOG_PROTO } from './catalog.proto-contract.js';
import { CATALOG_MIGRATIONS, CatalogHttpModule, CatalogModule } from './catalog.module.js';
import { CatalogRemoteModule } from './client/catalog-remote.module.js';

/**
 * The catalog context as apps compose it; it caches SKU display data (CacheModule), and its remote
 * client reads products under STOCK_READS (cp|ap). `clients`: where its back office finds the
 * admin context's AdminClient and the third-party context's ThirdpartyClient when the app does
 * not host them (AdminRemoteModule and ThirdpartyRemoteModule in the inventory-service).
 */
export const CATALOG_CONTEXT: ContextDefinition = {
  module: (clients) =>
    clients.length ? { module: CatalogModule, imports: [...clients] } : CatalogModule,
  http: (client) => CatalogHttpModule.register({ imports: [client] }),
  remote: () => CatalogRemoteModule.forRoot(),
  migrations: CATALOG_MIGRATIONS,
  proto: CATALOG_PROTO,
  config: { ...CACHE_CONFIG, ...STOCK_READS_CONFIG },
};
