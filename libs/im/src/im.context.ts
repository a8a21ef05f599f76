import type { ContextDefinition } from '@nestmall/platform';
import { IM_CONFIG } from './im.config.js';
import { IM_MIGRATIONS, ImHttpModule, ImModule } from './im.module.js';

/**
 * The IM context (the course's IM service: order-status push and customer-service chat) as apps
 * compose it. Its host passes the modules that provide OrdersClient (is the order the buyer's)
 * and AdminClient (staff tokens). No gRPC service and no remote client: nobody calls it; its
 * REST routes and WebSocket are served where it is hosted (docs/im.md).
 */
export const IM_CONTEXT: ContextDefinition = {
  module: (clients) => ImModule.register({ imports: [...clients] }),
  http: (client) => ImHttpModule.register({ imports: [client] }),
  migrations: IM_MIGRATIONS,
  config: IM_CONFIG,
};
