import { CART_CONTEXT } from '@nestmall/cart';
import { CatalogRemoteModule } from '@nestmall/catalog';
import { InventoryRemoteModule } from '@nestmall/inventory';
import { OrdersRemoteModule } from '@nestmall/orders';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the cart service hosts (its module and its app read this list): the cart, with
 * the catalog and the inventory (current prices and stock) and the orders (checkout) over gRPC.
 */
export const CART_SERVICE_CONTEXTS: readonly HostedContext[] = [
  {
    context: CART_CONTEXT,
    clients: [
      CatalogRemoteModule.forRoot(),
      InventoryRemoteModule.forRoot(),
      OrdersRemoteModule.forRoot(),
    ],
  },
];
