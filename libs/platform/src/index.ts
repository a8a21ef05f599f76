export * from './config/config.schema.js';
export { appConfigModule } from './config/config.module.js';
export * from './errors/domain-error.js';
export * from './errors/error-mapping.js';
export { ErrorBody, errorBody } from './errors/error-body.js';
export { AllExceptionsFilter } from './errors/all-exceptions.filter.js';
export * from './database/database-options.js';
export { DatabaseModule, type DatabaseModuleOptions } from './database/database.module.js';
export { ensureDatabase } from './database/ensure-database.js';
export { isUniqueViolation } from './database/unique-violation.js';
export { configureHttpEdge, validationPipe, type HttpEdgeOptions } from './http/configure-http.js';
export { ApiErrors } from './http/api-errors.decorator.js';
export { grpcServerOptions } from './grpc/grpc-server-options.js';
export { AuthModule } from './auth/auth.module.js';
export { runMain } from './bootstrap/run-main.js';
export * from './grpc/balancer.js';
export {
  GrpcReplicaPool,
  type ReplicaPoolOptions,
  type ReplicaStats,
} from './grpc/replica-pool.js';
export { createNestApp, serveHttpEdge, serveGrpc } from './bootstrap/create-app.js';
export { runInTransaction } from './database/run-in-transaction.js';
export { UnitOfWork } from './database/unit-of-work.js';
export {
  TypeOrmUnitOfWork,
  ambientManager,
  inUnitOfWork,
} from './database/typeorm-unit-of-work.js';
export { JwtAuthGuard, CurrentUser, type AuthenticatedUser } from './auth/jwt-auth.guard.js';
export { AdminGuard } from './auth/admin.guard.js';
export { replicaPoolProvider, type ServiceUrlVariable } from './grpc/replica-pool.provider.js';
