import type { FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Client } from '@grpc/grpc-js';
import type { ProtoContract } from '@nestmall/contracts';
import type { AppConfig } from '../config/config.schema.js';
import type { BalancingPolicy } from './balancer.js';
import { GrpcReplicaPool } from './replica-pool.js';

/** Where the replicas of a context are (libs/topology names one per called context). */
export type ServiceUrlVariable = `${string}_SERVICE_URL`;

/**
 * A GrpcReplicaPool provider for `service`, at the replicas named by the `urlVariable` setting,
 * with GRPC_LB, GRPC_DEADLINE_MS and GRPC_RETRIES. Each context's remote module uses one.
 */
export function replicaPoolProvider(
  token: symbol,
  options: { service: string; contract: ProtoContract; urlVariable: ServiceUrlVariable },
): FactoryProvider<GrpcReplicaPool<Client>> {
  return {
    provide: token,
    inject: [ConfigService],
    useFactory: (config: ConfigService<AppConfig, true>) => {
      const addresses = config.get(options.urlVariable, { infer: true });
      if (!addresses)
        throw new Error(`${options.urlVariable} is required to call ${options.service}`);
      return new GrpcReplicaPool({
        service: options.service,
        contract: options.contract,
        addresses,
        policy: config.get('GRPC_LB', { infer: true }) as BalancingPolicy,
        deadlineMs: config.get('GRPC_DEADLINE_MS', { infer: true }),
        retries: config.get('GRPC_RETRIES', { infer: true }),
      });
    },
  };
}
