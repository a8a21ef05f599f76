export * from './config/config.schema.js';
export { appConfigModule } from './config/config.module.js';
export * from './errors/error-mapping.js';
export { ErrorBody, errorBody } from './errors/error-body.js';
export { pageOf, type Page } from './paging.js';
export { AllExceptionsFilter } from './errors/all-exceptions.filter.js';
export * from './database/database-options.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database/database.module.js';
export { ensureDatabase } from './database/ensure-database.js';
export { isUniqueViolation } from './database/unique-violation.js';
export { configureHttpEdge, validationPipe, type HttpEdgeOptions } from './http/configure-http.js';
export { DecimalInt } from './http/decimal-int.decorator.js';
export { IdParam } from './http/id-param.decorator.js';
export { PageQueryParams } from './http/page-query.js';
export { ApiErrors } from './http/api-errors.decorator.js';
export { IdempotencyKey } from './http/idempotency-key.decorator.js';
export { markStale, STALE_ANSWER_HEADERS, STALE_WARNING } from './http/stale-answer.js';
export {
  ADMIN_TOKEN_SECURITY,
  STAFF_BEARER_SECURITY,
  PROVIDER_SIGNATURE_SECURITY,
  createOpenApiDocument,
  SHOP_API_HEAD,
  type OpenApiHead,
} from './http/openapi-document.js';
export { grpcServerOptions } from './grpc/grpc-server-options.js';
export { AuthModule, DEFAULT_KEYS_DIR, type AuthModuleOptions } from './auth/auth.module.js';
export { AccessTokenAuthenticator } from './auth/access-token-authenticator.js';
export { AccessTokenRevocations } from './auth/access-token-revocations.js';
export { JwksSource } from './auth/jwks-source.js';
export { RemoteJwks, type RemoteJwksOptions } from './auth/remote-jwks.js';
export { SigningKeyStore } from './auth/signing-key-store.js';
export { addSigningKey, readSigningKeys, SIGNING_ALGORITHM } from './auth/signing-keys.js';
export { TokenSubjects } from './auth/token-subjects.js';
export { runMain, type EdgeProcesses } from './bootstrap/run-main.js';
export { ClusterPeers } from './bootstrap/cluster.js';
export {
  DATABASE_PROCESS_LOCAL,
  PLATFORM_PROCESS_LOCAL,
  webConcurrency,
} from './bootstrap/web-concurrency.js';
export * from './grpc/balancer.js';
export {
  GrpcReplicaPool,
  type ReplicaPoolOptions,
  type ReplicaStats,
} from './grpc/replica-pool.js';
export {
  createNestApp,
  serveHttpEdge,
  serveGrpc,
  startServiceApp,
} from './bootstrap/create-app.js';
export {
  hostContexts,
  remoteContexts,
  type ComposedContexts,
  type ContextDefinition,
  type HostedContext,
  type ModuleImport,
} from './bootstrap/context-definition.js';
export { hostingAppImports } from './bootstrap/hosting-app.js';
export { StartupError } from './errors/startup-error.js';
export { runInTransaction } from './database/run-in-transaction.js';
export {
  TypeOrmUnitOfWork,
  ambientManager,
  inUnitOfWork,
  runInOpenTransaction,
} from './database/typeorm-unit-of-work.js';
export { TypeOrmReplicaReads, hasReplicas } from './database/typeorm-replica-reads.js';
export {
  JwtAuthGuard,
  CurrentUser,
  OptionalJwtAuthGuard,
  OptionalCurrentUser,
} from './auth/jwt-auth.guard.js';
export { AdminGuard } from './auth/admin.guard.js';
export { replicaPoolProvider, type ServiceUrlVariable } from './grpc/replica-pool.provider.js';
export { GrpcTls } from './tls/grpc-tls.js';
export { GrpcTlsModule } from './tls/grpc-tls.module.js';
export { CallableBy } from './tls/callable-by.decorator.js';
export { serviceIdentityOf, spiffeIdOf, type ServiceApp } from './tls/service-identity.js';
export { appTlsFiles, ensureDevCertificates, type AppTlsFiles } from './tls/tls-directory.js';
export { createDevCa, issueAppCertificate, type PemPair } from './tls/dev-certificates.js';
export { ThrottlingModule } from './throttling/throttling.module.js';
export { LimitAttempts } from './throttling/auth-attempts.guard.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/platform').
export * from './ports.js';
export { TOKEN_AUDIENCE, TOKEN_ISSUER } from './auth/access-tokens.js';
export { MemoryFailureBackoff } from './throttling/failure-backoff.js';
export { ObservabilityModule } from './observability/observability.module.js';
export { Metrics, DURATION_BUCKETS } from './observability/metrics.js';
export { Readiness, type ReadinessProbe, type ReadinessReport } from './observability/readiness.js';
export {
  activeTraceId,
  contextOfHeaders,
  failSpan,
  flushTraces,
  inSpan,
  traceHeaders,
  tracer,
} from './tracing/traces.js';
