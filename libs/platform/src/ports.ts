// The platform's ports-only entry point, '@nestmall/ports/platform': what domain/ and
// application/ code may import (errors, the unit-of-work port, config types, the token signer,
// the token revocations, the failure backoff). Nothing here reaches a transport or the ORM, even
// transitively: .dependency-cruiser.cjs ("no-transport-reachable-from-use-cases") checks it.
export * from './errors/domain-error.js';
export { UnitOfWork, type GroupCommit, type GroupCommitSettings } from './database/unit-of-work.js';
export { pageOf, type Page } from './paging.js';
export { ReplicaReads, PrimaryOnlyReads } from './database/replica-reads.js';
export type { AppConfig } from './config/config.schema.js';
export {
  configBoolean,
  configInteger,
  type ConfigFragment,
  type ConfigOf,
  type ProcessLocalSetting,
} from './config/config-fragment.js';
export {
  AccessTokenSigner,
  AccessTokenVerifier,
  type AuthenticatedUser,
} from './auth/access-tokens.js';
export { AccessTokenRevocations } from './auth/access-token-revocations.js';
export { FailureBackoff } from './throttling/failure-backoff.js';
