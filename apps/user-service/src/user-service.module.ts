import { Module, type DynamicModule } from '@nestjs/common';
import { HelloModule } from '@nestmall/hello';
import { appConfigModule, AuthModule, DatabaseModule } from '@nestmall/platform';
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
        await appConfigModule({
          GRPC_URL: '127.0.0.1:50051',
          DATABASE_URL: 'sqlite:./data/user-service.sqlite',
        }),
        DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
        AuthModule.forRoot({
          role: 'issuer',
          subjects: { imports: [UsersModule], useClass: UsersTokenSubjects },
        }),
        HelloModule,
        UsersModule,
      ],
    };
  }
}
