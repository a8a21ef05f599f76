/**
 * Client-side load balancing over service replicas, the three policies the course lists:
 * round robin (轮询), weighted round robin (加权轮询) and least connections (最少连接, here the
 * fewest requests in flight). Pure: the replica pool feeds it the replicas it may use.
 */
export type BalancingPolicy = 'round_robin' | 'weighted_round_robin' | 'least_request';

export const BALANCING_POLICIES: readonly BalancingPolicy[] = [
  'round_robin',
  'weighted_round_robin',
  'least_request',
];

export interface Balanced {
  readonly address: string;
  readonly weight: number;
  /** Requests sent to this replica and not answered yet. */
  inFlight: number;
}

export interface Balancer<R extends Balanced> {
  /** Picks one of `candidates` (never empty). */
  pick(candidates: readonly R[]): R;
}

export function createBalancer<R extends Balanced>(policy: BalancingPolicy): Balancer<R> {
  switch (policy) {
    case 'round_robin':
      return new RoundRobin<R>();
    case 'weighted_round_robin':
      return new SmoothWeightedRoundRobin<R>();
    case 'least_request':
      return new LeastRequest<R>();
  }
}

class RoundRobin<R extends Balanced> implements Balancer<R> {
  private next = 0;

  pick(candidates: readonly R[]): R {
    return candidates[this.next++ % candidates.length];
  }
}

/**
 * nginx's smooth weighted round robin: weights 5:1:1 give a a b a c a a, not a a a a a b c, so a
 * heavy replica never gets a burst. Weights are kept per address across calls.
 */
class SmoothWeightedRoundRobin<R extends Balanced> implements Balancer<R> {
  private readonly current = new Map<string, number>();

  pick(candidates: readonly R[]): R {
    let total = 0;
    let best: R | undefined;
    for (const r of candidates) {
      const value = (this.current.get(r.address) ?? 0) + r.weight;
      this.current.set(r.address, value);
      total += r.weight;
      if (!best || value > this.current.get(best.address)!) best = r;
    }
    this.current.set(best!.address, this.current.get(best!.address)! - total);
    return best!;
  }
}

/** The fewest requests in flight; ties go round robin so idle replicas share the load. */
class LeastRequest<R extends Balanced> implements Balancer<R> {
  private next = 0;

  pick(candidates: readonly R[]): R {
    const fewest = Math.min(...candidates.map((r) => r.inFlight));
    const ties = candidates.filter((r) => r.inFlight === fewest);
    return ties[this.next++ % ties.length];
  }
}

export interface ReplicaAddress {
  address: string;
  weight: number;
}

/**
 * Reads a replica list: `host:port[@weight],...`, for example
 * `127.0.0.1:50051@3,127.0.0.1:50052` (weights default to 1 and matter only to
 * weighted_round_robin).
 */
export function parseReplicaAddresses(spec: string): ReplicaAddress[] {
  // One DNS target (`dns:///name:port`, `dns://resolver/name:port`): grpc-js resolves it to
  // every address and balances over them itself (round_robin), re-resolving as they change.
  if (/^dns:/.test(spec.trim())) {
    const target = spec.trim();
    if (!/^dns:(\/\/[^/\s]*\/)?[^\s/:,@]+:\d{1,5}$/.test(target))
      throw new Error(`"${target}" is not dns:///host:port`);
    return [{ address: target, weight: 1 }];
  }
  const entries = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('expected at least one host:port');
  return entries.map((entry) => {
    const match = /^((?:\[[0-9A-Fa-f:.]+\]|[^\s:@,[\]]+):(\d{1,5}))(?:@(\d+))?$/.exec(entry);
    if (!match) throw new Error(`"${entry}" is not host:port[@weight]`);
    const port = Number(match[2]);
    if (port < 1 || port > 65535) throw new Error(`"${entry}": port must be 1..65535`);
    const weight = match[3] === undefined ? 1 : Number(match[3]);
    if (weight < 1 || weight > 100) throw new Error(`"${entry}": weight must be 1..100`);
    return { address: match[1], weight };
  });
}
