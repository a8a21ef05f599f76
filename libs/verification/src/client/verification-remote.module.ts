import { Module, type DynamicModule } from '@nestjs/common';
import type { VerificationServiceClient } from '@nestmall/contracts/generated/nestmall/verification/v1/VerificationService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { VERIFICATION_PROTO } from '../verification.proto-contract.js';
import { GrpcVerificationClient } from './grpc-verification.client.js';
import { VerificationClient } from './verification.client.js';

const VERIFICATION_POOL = Symbol('VERIFICATION_POOL');

/** Binds VerificationClient to the gRPC adapter (replicas in VERIFICATION_SERVICE_URL). */
@Module({})
export class VerificationRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: VerificationRemoteModule,
      providers: [
        replicaPoolProvider(VERIFICATION_POOL, {
          service: 'nestmall.verification.v1.VerificationService',
          contract: VERIFICATION_PROTO,
          urlVariable: 'VERIFICATION_SERVICE_URL',
          servedBy: ['verification-service', 'mall'],
        }),
        {
          provide: VerificationClient,
          inject: [VERIFICATION_POOL],
          useFactory: (pool: GrpcReplicaPool<VerificationServiceClient>) =>
            new GrpcVerificationClient(pool),
        },
      ],
      exports: [VerificationClient],
    };
  }
}
