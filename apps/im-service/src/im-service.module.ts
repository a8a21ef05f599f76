import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersRemoteModule, UsersTokenSubjects } from '@nestmall/users';
import { IM_SERVICE_CONTEXTS } from './im-service.contexts.js';

/**
 * The IM context (the course's IM service) with its own database (mall_im on MySQL): its REST
 * routes and WebSocket on its HTTP port, pushes shared with the other replicas over RabbitMQ
 * (IM_FANOUT=rabbitmq by default here). Buyers' tokens are verified with the user service's
 * public keys, staff tokens by the admin service.
 */
@Module({})
export class ImServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: ImServiceModule,
      imports: [
        ...(await hostingAppImports('im-service', IM_SERVICE_CONTEXTS, {
          http: true,
          defaults: { ...developmentDefaults('im-service'), IM_FANOUT: 'rabbitmq' },
        })),
        AuthModule.forRoot({
          role: 'verifier',
          subjects: { imports: [UsersRemoteModule.forRoot()], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
