import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { UsersModule, UsersTokenSubjects } from '@nestmall/users';
import { USER_SERVICE_CONTEXTS } from './user-service.contexts.js';

/**
 * The users context as a gRPC service with its own database (mall_user on MySQL), and the issuer
 * of access tokens: it signs them with its keys (JWT_KEYS_DIR, else ./data/jwt-keys) and
 * publishes the public keys (UserService.GetJwks) for every other app to verify them.
 */
@Module({})
export class UserServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: UserServiceModule,
      imports: [
        ...(await hostingAppImports('user-service', USER_SERVICE_CONTEXTS, {
          http: false,
          defaults: developmentDefaults('user-service'),
        })),
        AuthModule.forRoot({
          role: 'issuer',
          subjects: { imports: [UsersModule], useClass: UsersTokenSubjects },
        }),
      ],
    };
  }
}
