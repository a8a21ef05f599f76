import { Module, type DynamicModule } from '@nestjs/common';
import { HelloModule } from '@nestmall/hello';
import { appConfigModule, AuthModule, DatabaseModule } from '@nestmall/platform';
import { USERS_MIGRATIONS, UsersHttpModule, UsersModule } from '@nestmall/users';

/** The modular monolith: every context in one process, called in-process through its client port. */
@Module({})
export class MallModule {
  static forRoot(): DynamicModule {
    return {
      module: MallModule,
      imports: [
        appConfigModule(),
        DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
        AuthModule,
        HelloModule,
        UsersModule,
        UsersHttpModule.register({ imports: [UsersModule] }),
      ],
    };
  }
}
