import type { FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Client } from '@grpc/grpc-js';
import type { ProtoContract } from '@nestmall/contracts';
import type { AppConfig } from '../config/config.schema.js';
import { Readiness } from '../observability/readiness.js';
import { GrpcTls } from '../tls/grpc-tls.js';
import type { ServiceApp } from '../tls/service-identity.js';
import type { BalancingPolicy } from './balancer.js';
import { GrpcReplicaPool } from './replica-pool.js';

/** Where the replicas of a context are (libs/topology names one per called context). */
export type ServiceUrlVariable = `${string}_SERVICE_URL`;

/**
 * A GrpcReplicaPool provider for `service`, at the replicas named by the `urlVariable` setting,
 * with GRPC_LB, GRPC_DEADLINE_MS and GRPC_RETRIES, calling as this app (GrpcTls: its client
 * certificate). Each context's remote module uses one; the app is ready only while one replica
 * of each service it calls is reachable.
 */
export function replicaPoolProvider(
  token: symbol,
  options: {
    service: string;
    contract: ProtoContract;
    urlVariable: ServiceUrlVariable;
    /** The apps whose certificate a replica may present (its own service, or the monolith). */
    servedBy: readonly ServiceApp[];
  },
): FactoryProvider<GrpcReplicaPool<Client>> {
  return {
    provide: token,
    inject: [ConfigService, GrpcTls, { token: Readiness, optional: true }],
    useFactory: (config: ConfigService<AppConfig, true>, tls: GrpcTls, readiness?: Readiness) => {
      const addresses = config.get(options.urlVariable, { infer: true });
      if (!addresses)
        throw new Error(`${options.urlVariable} is required to call ${options.service}`);
      const pool = new GrpcReplicaPool({
        service: options.service,
        contract: options.contract,
        addresses,
        policy: config.get<BalancingPolicy>('GRPC_LB'),
        deadlineMs: config.get('GRPC_DEADLINE_MS', { infer: true }),
        retries: config.get('GRPC_RETRIES', { infer: true }),
        credentials: tls.channelCredentials(options.servedBy),
      });
      readiness?.add(`grpc:${options.service}`, () => pool.reachable(1500));
      return pool;
    },
  };
}
