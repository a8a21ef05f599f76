import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { THIRDPARTY_SERVICE_CONTEXTS } from './thirdparty-service.contexts.js';

/**
 * The third-party context (the course's logistics, identity verification and image recognition
 * service) as a gRPC service with its own database (mall_thirdparty on MySQL: tracking events
 * heard, identity verdicts, its outbox). The buyer's identity RPCs verify the access token with
 * the user service's public keys.
 */
@Module({})
export class ThirdpartyServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: ThirdpartyServiceModule,
      imports: [
        ...(await hostingAppImports('thirdparty-service', THIRDPARTY_SERVICE_CONTEXTS, {
          http: false,
          defaults: developmentDefaults('thirdparty-service'),
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
