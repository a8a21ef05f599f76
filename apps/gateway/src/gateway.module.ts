import { Module, type DynamicModule } from '@nestjs/common';
import { appConfigModule } from '@nestmall/platform';
import { UsersHttpModule, UsersRemoteModule } from '@nestmall/users';

/**
 * The REST edge of the split topology: the same controllers as the monolith, no database; every
 * context is reached over gRPC through its client port.
 */
@Module({})
export class GatewayModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: GatewayModule,
      imports: [
        await appConfigModule({ USER_SERVICE_URL: '127.0.0.1:50051' }),
        UsersHttpModule.register({ imports: [UsersRemoteModule.forRoot()] }),
      ],
    };
  }
}
