import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/config.schema.js';
import { GrpcTls } from './grpc-tls.js';
import type { ServiceApp } from './service-identity.js';
import { appTlsFiles, ensureDevCertificates } from './tls-directory.js';

/**
 * The app's gRPC identity (GrpcTls) for its server and every client pool. Each app names itself
 * here; with GRPC_TLS=on its certificate is made or renewed at start when GRPC_TLS_DIR holds
 * the CA's key, so `nest start <app>` works on a fresh checkout.
 */
@Global()
@Module({})
export class GrpcTlsModule {
  static forRoot(app: ServiceApp): DynamicModule {
    return {
      module: GrpcTlsModule,
      providers: [
        {
          provide: GrpcTls,
          inject: [ConfigService],
          useFactory: async (config: ConfigService<AppConfig, true>) => {
            const logger = new Logger('GrpcTls');
            const reloadMs = config.get('GRPC_TLS_RELOAD_MS', { infer: true });
            if (config.get('GRPC_TLS', { infer: true }) === 'off') {
              logger.warn(
                'GRPC_TLS=off: gRPC is plaintext and no caller is authenticated, so every RPC, ' +
                  'service-only ones included, answers anyone who reaches it. Local development only.',
              );
              return new GrpcTls(app, null, reloadMs);
            }
            const dir = config.get('GRPC_TLS_DIR', { infer: true });
            const made = await ensureDevCertificates(dir, [app]);
            if (made.length) logger.log(`made a certificate for ${app} in ${dir}`);
            return new GrpcTls(app, appTlsFiles(dir, app), reloadMs);
          },
        },
      ],
      exports: [GrpcTls],
    };
  }
}
