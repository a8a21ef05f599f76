import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { CacheModule } from '@nestmall/cache';
import { ChangeMobile } from './application/change-mobile.js';
import { LogInByCode } from './application/log-in-by-code.js';
import { RegisterByCode } from './application/register-by-code.js';
import { RequestMobileChangeCode } from './application/request-mobile-change-code.js';
import { ResetPasswordByCode } from './application/reset-password-by-code.js';
import { InProcessUserCodesClient } from './client/in-process-user-codes.client.js';
import { UserCodesClient } from './client/user-codes.client.js';
import { UserMobileRepository } from './domain/user-mobile.repository.js';
import { TypeOrmUserMobileRepository } from './infrastructure/typeorm-user-mobile.repository.js';
import { UserCodesGrpcController } from './interface/grpc/user-codes.grpc-controller.js';
import { CodeAuthHttpController } from './interface/http/code-auth.http-controller.js';
import { MobileChangeHttpController } from './interface/http/mobile-change.http-controller.js';
import { UsersModule } from './users.module.js';

/**
 * The users context's flows confirmed by a verification code: registration by mobile, log-in by
 * code, password reset, mobile change. Over UsersModule's repositories and session tokens, with
 * VerificationClient from `imports` (in-process or gRPC: the app's choice).
 */
@Module({})
export class UserCodesModule {
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: UserCodesModule,
      imports: [UsersModule, CacheModule, ...(options.imports ?? [])],
      controllers: [UserCodesGrpcController],
      providers: [
        RegisterByCode,
        LogInByCode,
        ResetPasswordByCode,
        RequestMobileChangeCode,
        ChangeMobile,
        { provide: UserMobileRepository, useClass: TypeOrmUserMobileRepository },
        { provide: UserCodesClient, useClass: InProcessUserCodesClient },
      ],
      exports: [UserCodesClient],
    };
  }
}

/** Their REST routes, over whichever UserCodesClient the app provides. */
@Module({})
export class UserCodesHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: UserCodesHttpModule,
      imports: client.imports,
      controllers: [CodeAuthHttpController, MobileChangeHttpController],
    };
  }
}
