import { AdminRemoteModule } from '@nestmall/admin';
import { MARKETING_CONTEXT } from '@nestmall/marketing';
import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';

/**
 * The contexts the marketing service hosts (its module and its app read this list). Its staff
 * RPCs check staff tokens with the admin-service (AdminRemoteModule); it hears the orders'
 * OrderCancelled and OrderClosed over RabbitMQ (a used coupon goes back to its buyer).
 */
export const MARKETING_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: MARKETING_CONTEXT, clients: [AdminRemoteModule.forRoot()] },
  { context: messagingContext('rabbitmq') },
];
