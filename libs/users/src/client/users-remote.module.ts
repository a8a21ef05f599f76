import { Module, type DynamicModule } from '@nestjs/common';
import { USER_PROTO, type UserServiceClient } from '@nestmall/contracts';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { GrpcUsersClient } from './grpc-users.client.js';
import { UsersClient } from './users.client.js';

const USERS_POOL = Symbol('USERS_POOL');

/**
 * Binds UsersClient to the gRPC adapter, calling the user-service replicas in USER_SERVICE_URL.
 * An app imports this instead of UsersModule to run the users context remotely.
 */
@Module({})
export class UsersRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: UsersRemoteModule,
      providers: [
        replicaPoolProvider(USERS_POOL, {
          service: 'nestmall.user.v1.UserService',
          contract: USER_PROTO,
          urlVariable: 'USER_SERVICE_URL',
          servedBy: ['user-service', 'mall'],
        }),
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
