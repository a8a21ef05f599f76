import { Module, type DynamicModule } from '@nestjs/common';
import type { UserCodeServiceClient } from '@nestmall/contracts/generated/nestmall/user/v1/UserCodeService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { USER_CODES_PROTO } from '../user-codes.proto-contract.js';
import { GrpcUserCodesClient } from './grpc-user-codes.client.js';
import { UserCodesClient } from './user-codes.client.js';

const USER_CODES_POOL = Symbol('USER_CODES_POOL');

/** Binds UserCodesClient to the gRPC adapter (the user-service replicas in USER_SERVICE_URL). */
@Module({})
export class UserCodesRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: UserCodesRemoteModule,
      providers: [
        replicaPoolProvider(USER_CODES_POOL, {
          service: 'nestmall.user.v1.UserCodeService',
          contract: USER_CODES_PROTO,
          urlVariable: 'USER_SERVICE_URL',
          servedBy: ['user-service', 'mall'],
        }),
        {
          provide: UserCodesClient,
          inject: [USER_CODES_POOL],
          useFactory: (pool: GrpcReplicaPool<UserCodeServiceClient>) =>
            new GrpcUserCodesClient(pool),
        },
      ],
      exports: [UserCodesClient],
    };
  }
}
