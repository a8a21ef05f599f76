import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { MARKETING_SERVICE_CONTEXTS } from './marketing-service.contexts.js';

/**
 * The marketing context (coupons, the coupon branch of place-order, red packets) as one gRPC
 * service with its own database (mall_marketing on MySQL). The buyers' RPCs verify the caller's
 * access token with the user service's public keys.
 */
@Module({})
export class MarketingServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: MarketingServiceModule,
      imports: [
        ...(await hostingAppImports('marketing-service', MARKETING_SERVICE_CONTEXTS, {
          http: false,
          defaults: developmentDefaults('marketing-service'),
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
