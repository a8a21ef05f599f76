// '@nestmall/ports/inventory': the inventory's client port and its views, for other contexts'
// domain/ and application/ code (no transport, no ORM behind it).
export { InventoryClient } from './client/inventory.client.js';
export type { StockView, StockLedgerView, StockLineInput } from './application/stock-views.js';
