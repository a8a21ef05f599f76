import { AdminRemoteModule } from '@nestmall/admin';
import { CatalogRemoteModule } from '@nestmall/catalog';
import { InventoryRemoteModule } from '@nestmall/inventory';
import { MarketingRemoteModule } from '@nestmall/marketing';
import { messagingContext } from '@nestmall/messaging';
import { ORDERS_CONTEXT } from '@nestmall/orders';
import type { HostedContext } from '@nestmall/platform';
import { ThirdpartyRemoteModule } from '@nestmall/thirdparty';
import { UsersRemoteModule } from '@nestmall/users';

/**
 * The contexts the order service hosts (its module and its app read this list): the orders, with
 * inventory, catalog, users, marketing (the coupon branch) and admin (staff tokens) reached over gRPC; its events leave
 * through its outbox to RabbitMQ.
 */
export const ORDER_SERVICE_CONTEXTS: readonly HostedContext[] = [
  {
    context: ORDERS_CONTEXT,
    clients: [
      InventoryRemoteModule.forRoot(),
      CatalogRemoteModule.forRoot(),
      // The address an order ships to, asked with the buyer's token.
      UsersRemoteModule.forRoot(),
      MarketingRemoteModule.forRoot(),
      // Staff tokens of the after-sales decisions, checked with the admin-service.
      AdminRemoteModule.forRoot(),
      // The carrier's shipment when staff ship an order.
      ThirdpartyRemoteModule.forRoot(),
    ],
  },
  { context: messagingContext('rabbitmq') },
];
