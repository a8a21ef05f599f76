import { Module, type DynamicModule } from '@nestjs/common';
import { CACHE_CONFIG } from '@nestmall/cache';
import { HelloModule } from '@nestmall/hello';
import { appConfigModule, AuthModule, DatabaseModule, GrpcTlsModule } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { USERS_MIGRATIONS, UsersModule, UsersTokenSubjects } from '@nestmall/users';

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
        await appConfigModule([CACHE_CONFIG], developmentDefaults('user-service')),
        DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
        AuthModule.forRoot({
          role: 'issuer',
          subjects: { imports: [UsersModule], useClass: UsersTokenSubjects },
        }),
        GrpcTlsModule.forRoot('user-service'),
        HelloModule,
        UsersModule,
      ],
    };
  }
}
