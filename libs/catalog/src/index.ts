export { CatalogModule, CatalogHttpModule, CATALOG_MIGRATIONS } from './catalog.module.js';
export { CatalogClient } from './client/catalog.client.js';
export type { ProductView, SkuView } from './application/catalog-views.js';
export { DEMO_SKUS } from './infrastructure/demo-catalog.seeder.js';
export { CATALOG_PROTO } from './catalog.proto-contract.js';
export { CATALOG_CONTEXT } from './catalog.context.js';
export { CatalogRemoteModule } from './client/catalog-remote.module.js';
export {
  checkSkuLines,
  UnknownSkuError,
  type SkuLine,
  type SkuLineLimits,
} from './domain/sku-lines.js';
