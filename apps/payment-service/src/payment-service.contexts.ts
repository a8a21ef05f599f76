import { messagingContext } from '@nestmall/messaging';
import { OrdersRemoteModule } from '@nestmall/orders';
import { PAYMENT_CONTEXT } from '@nestmall/payment';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the payment service hosts (its module and its app read this list): the payments,
 * with the orders reached over gRPC; its events leave through its outbox to RabbitMQ.
 */
export const PAYMENT_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: PAYMENT_CONTEXT, clients: [OrdersRemoteModule.forRoot()] },
  { context: messagingContext('rabbitmq') },
];
