// '@nestmall/ports/catalog': the catalog's client port, its views and the one rule for SKU lines,
// for other contexts' domain/ and application/ code (no transport, no ORM behind it).
export { CatalogClient } from './client/catalog.client.js';
export type { ProductView, SkuView } from './application/catalog-views.js';
export {
  checkSkuLines,
  UnknownSkuError,
  type SkuLine,
  type SkuLineLimits,
} from './domain/sku-lines.js';
