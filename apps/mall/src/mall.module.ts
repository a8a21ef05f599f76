import { Module } from '@nestjs/common';
import { HelloModule } from '@nestmall/hello';
import { AppConfigModule, AuthModule, DatabaseModule } from '@nestmall/platform';
import { USERS_MIGRATIONS, UsersHttpModule, UsersModule } from '@nestmall/users';

/** The modular monolith: every context in one process, called in-process through its client port. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule.forRoot({ migrations: [...USERS_MIGRATIONS] }),
    AuthModule,
    HelloModule,
    UsersModule,
    UsersHttpModule.register({ imports: [UsersModule] }),
  ],
})
export class MallModule {}
