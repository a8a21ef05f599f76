import { Module, type DynamicModule } from '@nestjs/common';
import type { AdminServiceClient } from '@nestmall/contracts/generated/nestmall/admin/v1/AdminService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { ADMIN_PROTO } from '../admin.proto-contract.js';
import { AdminClient } from './admin.client.js';
import { GrpcAdminClient } from './grpc-admin.client.js';

const ADMIN_POOL = Symbol('ADMIN_POOL');

/**
 * Binds AdminClient to the gRPC adapter (the admin-service replicas in ADMIN_SERVICE_URL). Global,
 * so other contexts' back-office routes and RPCs (StaffOnly) find it.
 */
@Module({})
export class AdminRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: AdminRemoteModule,
      global: true,
      providers: [
        replicaPoolProvider(ADMIN_POOL, {
          service: 'nestmall.admin.v1.AdminService',
          contract: ADMIN_PROTO,
          urlVariable: 'ADMIN_SERVICE_URL',
          servedBy: ['admin-service', 'mall'],
        }),
        {
          provide: AdminClient,
          inject: [ADMIN_POOL],
          useFactory: (pool: GrpcReplicaPool<AdminServiceClient>) => new GrpcAdminClient(pool),
        },
      ],
      exports: [AdminClient],
    };
  }
}
