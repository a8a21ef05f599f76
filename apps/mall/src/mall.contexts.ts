import { ADMIN_CONTEXT, AdminModule } from '@nestmall/admin';
import { CART_CONTEXT } from '@nestmall/cart';
import { CATALOG_CONTEXT, CatalogModule } from '@nestmall/catalog';
import { HELLO_CONTEXT } from '@nestmall/hello';
import { IM_CONTEXT } from '@nestmall/im';
import { INVENTORY_CONTEXT, InventoryModule } from '@nestmall/inventory';
import { MARKETING_CONTEXT, MarketingModule } from '@nestmall/marketing';
import { messagingContext } from '@nestmall/messaging';
import { ORDERS_CONTEXT } from '@nestmall/orders';
import { PAYMENT_CONTEXT } from '@nestmall/payment';
import type { HostedContext } from '@nestmall/platform';
import { RANKING_CONTEXT } from '@nestmall/ranking';
import { THIRDPARTY_CONTEXT, ThirdpartyModule } from '@nestmall/thirdparty';
import { USER_CODES_CONTEXT, USERS_CONTEXT, UsersModule } from '@nestmall/users';
import { VERIFICATION_CONTEXT, VerificationModule } from '@nestmall/verification';

/**
 * The orders context's module, built once: the cart's checkout imports this very object, so Nest
 * keeps one OrdersModule (one coordinator and recovery worker), not a second from a second build.
 */
const ORDERS_MODULE = ORDERS_CONTEXT.module([
  InventoryModule,
  CatalogModule,
  UsersModule,
  MarketingModule,
  // The carrier of a shipment (ship-order).
  ThirdpartyModule,
]);

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
  { context: MARKETING_CONTEXT },
  { context: { ...ORDERS_CONTEXT, module: () => ORDERS_MODULE } },
  { context: CART_CONTEXT, clients: [CatalogModule, InventoryModule, ORDERS_MODULE] },
  { context: PAYMENT_CONTEXT, clients: [ORDERS_MODULE] },
  { context: messagingContext('in-process') },
  { context: RANKING_CONTEXT, clients: [CatalogModule] },
  { context: ADMIN_CONTEXT },
  { context: VERIFICATION_CONTEXT },
  { context: THIRDPARTY_CONTEXT },
  { context: USER_CODES_CONTEXT, clients: [VerificationModule] },
  { context: IM_CONTEXT, clients: [ORDERS_MODULE, AdminModule] },
];
