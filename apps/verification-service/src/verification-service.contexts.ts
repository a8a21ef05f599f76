import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';
import { VERIFICATION_CONTEXT } from '@nestmall/verification';

/**
 * The contexts the verification service hosts (its module and its app read this list): the
 * verification context, whose code messages leave through its outbox to RabbitMQ and come back to
 * its own sender consumer (once per message, across crashes).
 */
export const VERIFICATION_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: VERIFICATION_CONTEXT },
  { context: messagingContext('rabbitmq') },
];
