import { Module, type DynamicModule } from '@nestjs/common';
import { HelloModule } from '@nestmall/hello';
import { appConfigModule, AuthModule, DatabaseModule, GrpcTlsModule } from '@nestmall/platform';
import { USERS_MIGRATIONS, UsersModule } from '@nestmall/users';
import { developmentDefaults } from '@nestmall/topology';

/** The users context as a gRPC service with its own database (mall_user on MySQL). */
@Module({})
export class UserServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: UserServiceModule,
      imports: [
        await appConfigModule(developmentDefaults('user-service')),
        DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
        AuthModule,
        GrpcTlsModule.forRoot('user-service'),
        HelloModule,
        UsersModule,
      ],
    };
  }
}
