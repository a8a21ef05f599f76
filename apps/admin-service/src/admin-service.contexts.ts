import { ADMIN_CONTEXT } from '@nestmall/admin';
import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the admin service hosts (its module and its app read this list): the admin
 * context, which appends the catalog's CatalogChanged events (RabbitMQ) to its audit log.
 */
export const ADMIN_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: ADMIN_CONTEXT },
  { context: messagingContext('rabbitmq') },
];
