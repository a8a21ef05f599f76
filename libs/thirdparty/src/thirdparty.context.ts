import type { ContextDefinition } from '@nestmall/platform';
import { ThirdpartyRemoteModule } from './client/thirdparty-remote.module.js';
import { THIRDPARTY_CONFIG } from './thirdparty.config.js';
import { THIRDPARTY_PROTO } from './thirdparty.proto-contract.js';
import {
  THIRDPARTY_MIGRATIONS,
  ThirdpartyHttpModule,
  ThirdpartyModule,
} from './thirdparty.module.js';

/**
 * The third-party context as apps compose it: the monolith, and the thirdparty-service of the
 * split topology (the order-service and the gateway call it over gRPC).
 */
export const THIRDPARTY_CONTEXT: ContextDefinition = {
  module: () => ThirdpartyModule,
  http: (client) => ThirdpartyHttpModule.register({ imports: [client] }),
  remote: () => ThirdpartyRemoteModule.forRoot(),
  migrations: THIRDPARTY_MIGRATIONS,
  proto: THIRDPARTY_PROTO,
  config: THIRDPARTY_CONFIG,
};
