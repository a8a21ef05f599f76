import type { ContextDefinition } from '@nestmall/platform';
import { VerificationRemoteModule } from './client/verification-remote.module.js';
import { VERIFICATION_CONFIG } from './verification.config.js';
import { VerificationHttpModule, VerificationModule } from './verification.module.js';
import { VERIFICATION_PROTO } from './verification.proto-contract.js';

/**
 * The verification context as apps compose it: no tables of its own (codes live in the code
 * store; its messages go through the messaging outbox, which its host composes).
 */
export const VERIFICATION_CONTEXT: ContextDefinition = {
  module: () => VerificationModule,
  http: (client) => VerificationHttpModule.register({ imports: [client] }),
  remote: () => VerificationRemoteModule.forRoot(),
  proto: VERIFICATION_PROTO,
  config: VERIFICATION_CONFIG,
};
