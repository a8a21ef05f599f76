export { CatalogModule, CatalogHttpModule, CATALOG_MIGRATIONS } from './catalog.module.js';
export { DEMO_SKUS } from './infrastructure/demo-catalog.seeder.js';
export { CATALOG_PROTO } from './catalog.proto-contract.js';
export { CATALOG_CONTEXT } from './catalog.context.js';
export { CatalogRemoteModule } from './client/catalog-remote.module.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/catalog').
export * from './ports.js';
