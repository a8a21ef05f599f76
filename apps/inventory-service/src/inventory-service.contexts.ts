import { CATALOG_CONTEXT } from '@nestmall/catalog';
import { INVENTORY_CONTEXT } from '@nestmall/inventory';
import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the inventory service hosts (its module and its app read this list): inventory and
 * catalog, with the order-service's events over RabbitMQ.
 */
export const INVENTORY_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: INVENTORY_CONTEXT },
  { context: CATALOG_CONTEXT },
  { context: messagingContext('rabbitmq') },
];
