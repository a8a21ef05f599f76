import {
  connectivityState,
  credentials as grpcCredentials,
  loadPackageDefinition,
  type ChannelCredentials,
  Metadata,
  status as GrpcStatus,
  type Client,
  type ServiceError,
} from '@grpc/grpc-js';
import { SpanKind } from '@opentelemetry/api';
import { loadSync } from '@grpc/proto-loader';
import { PROTO_LOADER_OPTIONS, type ProtoContract } from '@nestmall/contracts';
import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import { DomainError, TooManyRequestsError } from '../errors/domain-error.js';
import {
  DOMAIN_ERROR_METADATA,
  errorCodeOfGrpcStatus,
  RETRY_AFTER_METADATA,
} from '../errors/error-mapping.js';
import { currentRequest, newSpanId } from '../logging/request-context.js';
import { inSpan, traceHeaders } from '../tracing/traces.js';
import {
  createBalancer,
  parseReplicaAddresses,
  type Balanced,
  type Balancer,
  type BalancingPolicy,
} from './balancer.js';

export interface ReplicaPoolOptions {
  /** Fully qualified service name, e.g. nestmall.user.v1.UserService. */
  service: string;
  contract: ProtoContract;
  /** `host:port[@weight],...` */
  addresses: string;
  policy: BalancingPolicy;
  /** Deadline of each attempt. */
  deadlineMs: number;
  /** Extra attempts for idempotent calls that failed with UNAVAILABLE or DEADLINE_EXCEEDED. */
  retries: number;
  /** Mutual TLS as this app (GrpcTls.channelCredentials()); plaintext when left out. */
  credentials?: ChannelCredentials;
}

interface Replica<C> extends Balanced {
  client: C;
  /** Calls sent, for stats() and the load-balancing tests. */
  calls: number;
}

export interface ReplicaStats {
  address: string;
  weight: number;
  calls: number;
  inFlight: number;
  state: string;
}

type UnaryMethod = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
  callback: (error: ServiceError | null, response: unknown) => void,
) => unknown;

/**
 * A `dns:` target (a Kubernetes headless Service: one A record per ready pod) is one channel
 * that balances over every address the name resolves to (round_robin) and resolves it again when
 * a connection ends: a pod gone, or the server's GRPC_MAX_CONNECTION_AGE_MS reached, which is how
 * new pods are found (grpc-js does not re-resolve on a timer). Retries of idempotent calls go to
 * the next address.
 */
const DNS_CHANNEL_OPTIONS = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  'grpc.service_config_disable_resolution': 1,
  'grpc.dns_min_time_between_resolutions_ms': 1000,
};

/** Statuses after which a read may safely go to another replica. */
const RETRYABLE = new Set<number>([GrpcStatus.UNAVAILABLE, GrpcStatus.DEADLINE_EXCEEDED]);

/**
 * One gRPC client per replica of a service, a balancer choosing among the replicas that are not
 * failing, a deadline on every attempt, and retries with exponential backoff (cockatiel) for
 * idempotent calls only. A replica whose channel is in TRANSIENT_FAILURE is skipped until
 * grpc-js reconnects it. Failures come out as DomainErrors, mapped from the gRPC status in
 * error-mapping.ts (UNAVAILABLE and DEADLINE_EXCEEDED become UNAVAILABLE: HTTP 503).
 */
export class GrpcReplicaPool<C extends Client> {
  private readonly replicas: Replica<C>[];
  private readonly balancer: Balancer<Replica<C>>;
  private readonly retryPolicy;

  constructor(private readonly options: ReplicaPoolOptions) {
    const ServiceClient = loadServiceClient(options.contract, options.service);
    const channelCredentials = options.credentials ?? grpcCredentials.createInsecure();
    this.replicas = parseReplicaAddresses(options.addresses).map(({ address, weight }) => ({
      address,
      weight,
      inFlight: 0,
      calls: 0,
      client: new ServiceClient(address, channelCredentials, {
        // Reconnect to a replica that came back within a second or so, not grpc-js's default 2 min cap.
        'grpc.max_reconnect_backoff_ms': 1000,
        'grpc.initial_reconnect_backoff_ms': 100,
        ...(address.startsWith('dns:') ? DNS_CHANNEL_OPTIONS : {}),
      }) as C,
    }));
    this.balancer = createBalancer(options.policy);
    this.retryPolicy = retry(
      handleWhen((e) => RETRYABLE.has((e as ServiceError).code)),
      {
        maxAttempts: options.retries,
        backoff: new ExponentialBackoff({ initialDelay: 25, maxDelay: 500 }),
      },
    );
  }

  /**
   * Calls `method` on one replica. `idempotent` reads are retried on another replica when one
   * is unreachable or too slow; writes are sent once. `deadlineMs` overrides GRPC_DEADLINE_MS
   * for calls that may legitimately take longer (placing an order waits on a TCC transaction).
   * `accessToken`, for a call made for an end user, goes as `authorization: Bearer` metadata.
   */
  async unary<Res>(
    method: string,
    request: object,
    idempotent: boolean,
    deadlineMs?: number,
    accessToken?: string,
  ): Promise<Res> {
    const name = `${this.options.service}/${method}`;
    // With tracing on, a CLIENT span whose context goes along in the metadata (W3C traceparent).
    return inSpan(
      name,
      { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'grpc', 'rpc.method': name } },
      async () => {
        const tried = new Set<Replica<C>>();
        const metadata = new Metadata();
        if (accessToken) metadata.set('authorization', `Bearer ${accessToken}`);
        const served = currentRequest();
        if (served) metadata.set('x-request-id', served.requestId);
        const trace = traceHeaders();
        if (trace.traceparent) {
          for (const [key, value] of Object.entries(trace)) metadata.set(key, value);
        } else if (served) {
          // Tracing off: the same trace id in the logs of the app called (a new span id each call).
          metadata.set('traceparent', `00-${served.traceId}-${newSpanId()}-01`);
        }
        const attempt = () =>
          this.attempt<Res>(
            method,
            request,
            metadata,
            tried,
            deadlineMs ?? this.options.deadlineMs,
          );
        try {
          return idempotent ? await this.retryPolicy.execute(attempt) : await attempt();
        } catch (error) {
          throw this.toDomainError(error as ServiceError);
        }
      },
    );
  }

  stats(): ReplicaStats[] {
    return this.replicas.map((r) => ({
      address: r.address,
      weight: r.weight,
      calls: r.calls,
      inFlight: r.inFlight,
      state: connectivityState[r.client.getChannel().getConnectivityState(false)],
    }));
  }

  /**
   * Resolves once one replica's channel is connected (connecting it if it is idle), rejects when
   * none is within `timeoutMs`: the readiness probe of an app that calls this service.
   */
  async reachable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const connected = this.replicas.map(
      (r) =>
        new Promise<void>((resolve, reject) =>
          r.client.waitForReady(deadline, (error) => (error ? reject(error) : resolve())),
        ),
    );
    try {
      await Promise.any(connected);
    } catch {
      throw new Error(
        `no replica of ${this.options.service} is reachable (${this.options.addresses})`,
      );
    }
  }

  close(): void {
    for (const r of this.replicas) r.client.close();
  }

  /** Nest calls this on shutdown when the pool is a provider. */
  onApplicationShutdown(): void {
    this.close();
  }

  private attempt<Res>(
    method: string,
    request: object,
    metadata: Metadata,
    tried: Set<Replica<C>>,
    deadlineMs: number,
  ): Promise<Res> {
    const replica = this.choose(tried);
    const call = (replica.client as unknown as Record<string, UnaryMethod>)[method];
    if (typeof call !== 'function') {
      return Promise.reject(new Error(`${this.options.service} has no method ${method}`));
    }
    tried.add(replica);
    replica.inFlight++;
    replica.calls++;
    const deadline = new Date(Date.now() + deadlineMs);
    return new Promise<Res>((resolve, reject) => {
      call.call(replica.client, request, metadata, { deadline }, (error, response) => {
        replica.inFlight--;
        if (error) reject(error);
        else resolve(response as Res);
      });
    });
  }

  /** Healthy replicas not yet tried by this call, else healthy ones, else any (to fail clearly). */
  private choose(tried: Set<Replica<C>>): Replica<C> {
    const healthy = this.replicas.filter((r) => {
      const state = r.client.getChannel().getConnectivityState(true);
      return state !== connectivityState.TRANSIENT_FAILURE && state !== connectivityState.SHUTDOWN;
    });
    const fresh = healthy.filter((r) => !tried.has(r));
    const untried = this.replicas.filter((r) => !tried.has(r));
    const candidates = fresh.length
      ? fresh
      : healthy.length
        ? healthy
        : untried.length
          ? untried
          : this.replicas;
    return this.balancer.pick(candidates);
  }

  private toDomainError(error: ServiceError): DomainError {
    const code = errorCodeOfGrpcStatus(error.code);
    // The server answered with a domain error of its own (say, a service it depends on is
    // down): its message says what happened, not "<this service> is unavailable".
    if (error.metadata?.get?.(DOMAIN_ERROR_METADATA).length) {
      const message = error.details || error.message;
      if (code !== 'RESOURCE_EXHAUSTED') return new DomainError(code, message);
      const retryAfter = Number(error.metadata.get(RETRY_AFTER_METADATA)[0]);
      return new TooManyRequestsError(message, retryAfter > 0 ? retryAfter : 1);
    }
    // grpc-js says RESOURCE_EXHAUSTED of a message over its size limit: not the caller's pace.
    if (code === 'RESOURCE_EXHAUSTED')
      return new DomainError('INTERNAL', `${this.options.service} failed`);
    if (code === 'UNAVAILABLE') {
      const why =
        error.code === GrpcStatus.DEADLINE_EXCEEDED ? 'did not answer in time' : 'is unavailable';
      return new DomainError(code, `${this.options.service} ${why}`);
    }
    if (code === 'INTERNAL') return new DomainError(code, `${this.options.service} failed`);
    return new DomainError(code, error.details || error.message);
  }
}

type ServiceClientConstructor = new (
  address: string,
  creds: ChannelCredentials,
  options: object,
) => Client;

function loadServiceClient(contract: ProtoContract, service: string): ServiceClientConstructor {
  const definition = loadSync(contract.protoPath, PROTO_LOADER_OPTIONS);
  let node: unknown = loadPackageDefinition(definition);
  for (const part of service.split('.')) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== 'function') throw new Error(`${service} is not in ${contract.protoPath}`);
  return node as ServiceClientConstructor;
}
