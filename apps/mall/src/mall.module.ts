import { Module, type DynamicModule } from '@nestjs/common';
import { HelloModule } from '@nestmall/hello';
import { appConfigModule, AuthModule, DatabaseModule } from '@nestmall/platform';
import { USERS_MIGRATIONS, UsersHttpModule, UsersModule } from '@nestmall/users';

/** The modular monolith: every context in one process, called in-process through its client port. */
@Module({})
export class MallModule {
  /** Async so a bad configuration rejects here, where the caller can report it. */
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: MallModule,
      imports: [
        await appConfigModule(),
        DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
        AuthModule,
        HelloModule,
        UsersModule,
        UsersHttpModule.register({ imports: [UsersModule] }),
      ],
    };
  }
}
