import { AdminRemoteModule } from '@nestmall/admin';
import { IM_CONTEXT } from '@nestmall/im';
import { messagingContext } from '@nestmall/messaging';
import { OrdersRemoteModule } from '@nestmall/orders';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the IM service hosts (its module and its app read this list): the IM, with the
 * orders (is the order the buyer's) and the admin context (staff tokens) reached over gRPC; it
 * hears the order events and its own chat events over RabbitMQ.
 */
export const IM_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: IM_CONTEXT, clients: [OrdersRemoteModule.forRoot(), AdminRemoteModule.forRoot()] },
  { context: messagingContext('rabbitmq') },
];
