import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ThirdpartyServiceClient } from '@nestmall/contracts/generated/nestmall/thirdparty/v1/ThirdpartyService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { z } from 'zod';
import { THIRDPARTY_CONFIG } from '../thirdparty.config.js';
import { THIRDPARTY_PROTO } from '../thirdparty.proto-contract.js';
import { GrpcThirdpartyClient } from './grpc-thirdparty.client.js';
import { ThirdpartyClient } from './thirdparty.client.js';

const THIRDPARTY_POOL = Symbol('THIRDPARTY_POOL');

/**
 * Binds ThirdpartyClient to the gRPC adapter (replicas in THIRDPARTY_SERVICE_URL). A provider
 * call may take every attempt's timeout and the backoffs between them, so the deadline of the
 * calls that reach a provider is that, plus a second. The two variables belong to the thirdparty
 * context's config, which an app that only calls the context (the order-service, the gateway)
 * does not validate: they are read here with the same rules and defaults.
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
          useFactory: (pool: GrpcReplicaPool<ThirdpartyServiceClient>, config: ConfigService) => {
            const read = (name: string) => (config.get<string>(name) || undefined) as unknown;
            const { THIRDPARTY_ATTEMPTS: attempts, THIRDPARTY_TIMEOUT_MS: timeoutMs } = z
              .object({
                THIRDPARTY_ATTEMPTS: THIRDPARTY_CONFIG.THIRDPARTY_ATTEMPTS,
                THIRDPARTY_TIMEOUT_MS: THIRDPARTY_CONFIG.THIRDPARTY_TIMEOUT_MS,
              })
              .parse({
                THIRDPARTY_ATTEMPTS: read('THIRDPARTY_ATTEMPTS'),
                THIRDPARTY_TIMEOUT_MS: read('THIRDPARTY_TIMEOUT_MS'),
              });
            return new GrpcThirdpartyClient(pool, attempts * (timeoutMs + 500) + 1000);
          },
        },
      ],
      exports: [ThirdpartyClient],
    };
  }
}
