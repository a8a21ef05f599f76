import { appConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { ObservabilityModule } from '../observability/observability.module.js';
import { GrpcTlsModule } from '../tls/grpc-tls.module.js';
import type { ServiceApp } from '../tls/service-identity.js';
import { hostContexts, type HostedContext, type ModuleImport } from './context-definition.js';

/**
 * What every app that hosts contexts imports: its configuration (the platform's variables and
 * its contexts' fragments, under `defaults`), one database with its contexts' migrations, its
 * gRPC identity, its health and metrics, and the contexts' modules (with their REST routes when
 * `http`).
 */
export async function hostingAppImports(
  app: ServiceApp,
  hosted: readonly HostedContext[],
  options: { http: boolean; defaults?: Record<string, string> },
): Promise<ModuleImport[]> {
  const contexts = hostContexts(hosted, options);
  return [
    await appConfigModule(contexts.config, options.defaults),
    DatabaseModule.forRoot({ migrations: contexts.migrations }),
    GrpcTlsModule.forRoot(app),
    ObservabilityModule.forRoot(app),
    ...contexts.modules,
  ];
}
