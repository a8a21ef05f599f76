import { AdminRemoteModule } from '@nestmall/admin';
import { CATALOG_CONTEXT } from '@nestmall/catalog';
import { INVENTORY_CONTEXT } from '@nestmall/inventory';
import { messagingContext } from '@nestmall/messaging';
import { ThirdpartyRemoteModule } from '@nestmall/thirdparty';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the inventory service hosts (its module and its app read this list): inventory and
 * catalog, with the order-service's events over RabbitMQ. The catalog's back-office RPCs check
 * staff tokens with the admin-service (AdminRemoteModule) and moderate a product's images at the
 * thirdparty-service when it is approved (ThirdpartyRemoteModule).
 */
export const INVENTORY_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: INVENTORY_CONTEXT },
  {
    context: CATALOG_CONTEXT,
    clients: [AdminRemoteModule.forRoot(), ThirdpartyRemoteModule.forRoot()],
  },
  { context: messagingContext('rabbitmq') },
];
