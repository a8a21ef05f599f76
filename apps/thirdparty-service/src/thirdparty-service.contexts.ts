import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';
import { THIRDPARTY_CONTEXT } from '@nestmall/thirdparty';

/**
 * The contexts the third-party service hosts (its module and its app read this list): the
 * third-party context, whose ShipmentTracked events leave through its outbox to RabbitMQ.
 */
export const THIRDPARTY_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: THIRDPARTY_CONTEXT },
  { context: messagingContext('rabbitmq') },
];
