import { CACHE_CONFIG } from '@nestmall/cache';
import type { ContextDefinition } from '@nestmall/platform';
import { MarketingRemoteModule } from './client/marketing-remote.module.js';
import { MARKETING_PROTO } from './marketing.proto-contract.js';
import { MARKETING_MIGRATIONS, MarketingHttpModule, MarketingModule } from './marketing.module.js';

/**
 * The marketing context as apps compose it. `clients`: where its staff routes and RPCs
 * (StaffOnly) find the admin context's AdminClient when the app does not host the admin context
 * (AdminRemoteModule in the marketing-service).
 */
export const MARKETING_CONTEXT: ContextDefinition = {
  module: (clients) =>
    clients.length ? { module: MarketingModule, imports: [...clients] } : MarketingModule,
  http: (client) => MarketingHttpModule.register({ imports: [client] }),
  remote: () => MarketingRemoteModule.forRoot(),
  migrations: MARKETING_MIGRATIONS,
  // The promotion calendar the order's pricing reads (Promotions.running) is cached.
  config: CACHE_CONFIG,
  proto: MARKETING_PROTO,
};
