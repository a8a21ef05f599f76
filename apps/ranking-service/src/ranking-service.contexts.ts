import { CatalogRemoteModule } from '@nestmall/catalog';
import { messagingContext } from '@nestmall/messaging';
import type { HostedContext } from '@nestmall/platform';
import { RANKING_CONTEXT } from '@nestmall/ranking';

/**
 * The contexts the ranking service hosts (its module and its app read this list): the rankings,
 * fed by the order-service's events over RabbitMQ, the catalog reached over gRPC.
 */
export const RANKING_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: RANKING_CONTEXT, clients: [CatalogRemoteModule.forRoot()] },
  { context: messagingContext('rabbitmq') },
];
