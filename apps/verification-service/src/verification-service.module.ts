import { Module, type DynamicModule } from '@nestjs/common';
import { hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { VERIFICATION_SERVICE_CONTEXTS } from './verification-service.contexts.js';

/**
 * The verification context (the course's SMS and e-mail code service) as a gRPC service with its
 * own database (mall_verification on MySQL: the outbox and inbox of its messages); its codes live
 * in Redis (VERIFICATION_CODE_STORE=redis), shared by its replicas.
 */
@Module({})
export class VerificationServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: VerificationServiceModule,
      imports: await hostingAppImports('verification-service', VERIFICATION_SERVICE_CONTEXTS, {
        http: false,
        defaults: developmentDefaults('verification-service'),
      }),
    };
  }
}
