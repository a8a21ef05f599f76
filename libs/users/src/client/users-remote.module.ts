import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { USER_PROTO, type UserServiceClient } from '@nestmall/contracts';
import { GrpcReplicaPool, type AppConfig, type BalancingPolicy } from '@nestmall/platform';
import { GrpcUsersClient } from './grpc-users.client.js';
import { UsersClient } from './users.client.js';

const USERS_POOL = Symbol('USERS_POOL');

/**
 * Binds UsersClient to the gRPC adapter, calling the user-service replicas in USER_SERVICE_URL
 * with the USER_SERVICE_LB policy. An app imports this instead of UsersModule to run the users
 * context remotely.
 */
@Module({})
export class UsersRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: UsersRemoteModule,
      providers: [
        {
          provide: USERS_POOL,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => {
            const addresses = config.get('USER_SERVICE_URL', { infer: true });
            if (!addresses) throw new Error('USER_SERVICE_URL is required to call the users service');
            return new GrpcReplicaPool<UserServiceClient>({
              service: 'nestmall.user.v1.UserService',
              contract: USER_PROTO,
              addresses,
              policy: config.get('USER_SERVICE_LB', { infer: true }) as BalancingPolicy,
              deadlineMs: config.get('GRPC_DEADLINE_MS', { infer: true }),
              retries: config.get('GRPC_RETRIES', { infer: true }),
            });
          },
        },
        {
          provide: UsersClient,
          inject: [USERS_POOL],
          useFactory: (pool: GrpcReplicaPool<UserServiceClient>) => new GrpcUsersClient(pool),
        },
      ],
      exports: [UsersClient],
    };
  }
}
