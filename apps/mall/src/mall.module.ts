import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, hostingAppImports } from '@nestmall/platform';
import { UsersModule, UsersTokenSubjects } from '@nestmall/users';
import { MALL_CONTEXTS } from './mall.contexts.js';

/**
 * The modular monolith: every context (MALL_CONTEXTS) in one process and one database, each
 * called in-process through its client port.
 */
@Module({})
export class MallModule {
  /** Async so a bad configuration rejects here, where the caller can report it. */
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: MallModule,
      imports: [
        ...(await hostingAppImports('mall', MALL_CONTEXTS, { http: true })),
        // The issuer of access tokens (the users context's log-in), verifying them itself.
        AuthModule.forRoot({
          role: 'issuer',
          subjects: { imports: [UsersModule], useClass: UsersTokenSubjects },
          http: true,
        }),
      ],
    };
  }
}
