import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ThirdpartyServiceClient } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/ThirdpartyService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import type { ThirdpartyConfig } from '../thirdparty.config.js';
import { THIRDPARTY_PROTO } from '../thirdparty.proto-contract.js';
import { GrpcThirdpartyClient } from './grpc-thirdparty.client.js';
import { ThirdpartyClient } from './thirdparty.client.js';

const THIRDPARTY_POOL = Symbol('THIRDPARTY_POOL');

/**
 * Binds ThirdpartyClient to the gRPC adapter (replicas in THIRDPARTY_SERVICE_URL). A provider
 * call may take every attempt's timeout and the backoffs between them, so the deadline of the
 * calls that reach a provider is that, plus a second.
 */
@Module({})
export class ThirdpartyRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: ThirdpartyRemoteModule,
      providers: [
        replicaPoolProvider(THIRDPARTY_POOL, {
          service: 'nestmall.thirdparty.v1.ThirdpartyService',
          contract: THIRDPARTY_PROTO,
          urlVariable: 'THIRDPARTY_SERVICE_URL',
          servedBy: ['thirdparty-service', 'mall'],
        }),
        {
          provide: ThirdpartyClient,
          inject: [THIRDPARTY_POOL, ConfigService],
          useFactory: (
            pool: GrpcReplicaPool<ThirdpartyServiceClient>,
            config: ConfigService<ThirdpartyConfig, true>,
          ) => {
            const attempts = config.get('THIRDPARTY_ATTEMPTS', { infer: true });
            const timeoutMs = config.get('THIRDPARTY_TIMEOUT_MS', { infer: true });
            return new GrpcThirdpartyClient(pool, attempts * (timeoutMs + 500) + 1000);
          },
        },
      ],
      exports: [ThirdpartyClient],
    };
  }
}
