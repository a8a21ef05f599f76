import type { ContextDefinition } from '@nestmall/platform';
import { MarketingRemoteModule } from './client/marketing-remote.module.js';
import { MARKETING_PROTO } from './marketing.proto-contract.js';
import { MARKETING_MIGRATIONS, MarketingHttpModule, MarketingModule } from './marketing.module.js';

/** The marketing context as apps compose it (it calls no other context). */
export const MARKETING_CONTEXT: ContextDefinition = {
  module: () => MarketingModule,
  http: (client) => MarketingHttpModule.register({ imports: [client] }),
  remote: () => MarketingRemoteModule.forRoot(),
  migrations: MARKETING_MIGRATIONS,
  proto: MARKETING_PROTO,
};
