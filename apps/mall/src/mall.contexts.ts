import { CATALOG_CONTEXT, CatalogModule } from '@nestmall/catalog';
import { HELLO_CONTEXT } from '@nestmall/hello';
import { INVENTORY_CONTEXT, InventoryModule } from '@nestmall/inventory';
import { messagingContext } from '@nestmall/messaging';
import { ORDERS_CONTEXT } from '@nestmall/orders';
import { PAYMENT_CONTEXT } from '@nestmall/payment';
import type { HostedContext } from '@nestmall/platform';
import { RANKING_CONTEXT } from '@nestmall/ranking';
import { USERS_CONTEXT } from '@nestmall/users';

/**
 * Every context, in one process (with its REST routes): mall.module.ts composes this list, and
 * mall.app.ts serves the protos of the same list. A context that calls another gets that
 * context's own module, which binds the client port to the in-process adapter.
 */
export const MALL_CONTEXTS: readonly HostedContext[] = [
  { context: HELLO_CONTEXT },
  { context: USERS_CONTEXT },
  { context: CATALOG_CONTEXT },
  { context: INVENTORY_CONTEXT },
  { context: ORDERS_CONTEXT, clients: [InventoryModule, CatalogModule] },
  // The same orders module (Nest keys a dynamic module by its metadata): one instance of it.
  { context: PAYMENT_CONTEXT, clients: [ORDERS_CONTEXT.module([InventoryModule, CatalogModule])] },
  { context: messagingContext('in-process') },
  { context: RANKING_CONTEXT },
];
