import { createBalancer, parseReplicaAddresses, type Balanced } from './balancer.js';

const replica = (address: string, weight = 1, inFlight = 0): Balanced => ({
  address,
  weight,
  inFlight,
});

function picks(
  policy: Parameters<typeof createBalancer>[0],
  replicas: Balanced[],
  n: number,
): string[] {
  const balancer = createBalancer<Balanced>(policy);
  return Array.from({ length: n }, () => balancer.pick(replicas).address);
}

function counts(addresses: string[]): Record<string, number> {
  return addresses.reduce<Record<string, number>>(
    (acc, a) => ({ ...acc, [a]: (acc[a] ?? 0) + 1 }),
    {},
  );
}

describe('round_robin', () => {
  it('takes the replicas in turn', () => {
    expect(picks('round_robin', [replica('a'), replica('b'), replica('c')], 6)).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
      'c',
    ]);
  });
});

describe('weighted_round_robin (smooth, as nginx)', () => {
  it('spreads 5:1:1 as a a b a c a a, never in a burst', () => {
    expect(
      picks('weighted_round_robin', [replica('a', 5), replica('b', 1), replica('c', 1)], 7),
    ).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  });

  it('gives 3:1 weights 75/25 of 100 calls', () => {
    expect(counts(picks('weighted_round_robin', [replica('a', 3), replica('b', 1)], 100))).toEqual({
      a: 75,
      b: 25,
    });
  });

  it('keeps working when a replica leaves the candidates and comes back', () => {
    const balancer = createBalancer<Balanced>('weighted_round_robin');
    const [a, b] = [replica('a', 2), replica('b', 1)];
    const seen = [...Array.from({ length: 3 }, () => balancer.pick([a, b]).address)];
    seen.push(...Array.from({ length: 3 }, () => balancer.pick([b]).address));
    expect(seen.slice(3)).toEqual(['b', 'b', 'b']);
    const after = counts(Array.from({ length: 30 }, () => balancer.pick([a, b]).address));
    expect(after.a).toBeGreaterThanOrEqual(18);
    expect(after.b).toBeGreaterThanOrEqual(8);
  });
});

describe('least_request', () => {
  it('picks the replica with the fewest calls in flight', () => {
    const replicas = [replica('a', 1, 3), replica('b', 1, 1), replica('c', 1, 2)];
    expect(picks('least_request', replicas, 3)).toEqual(['b', 'b', 'b']);
  });

  it('spreads ties round robin', () => {
    expect(counts(picks('least_request', [replica('a'), replica('b')], 10))).toEqual({
      a: 5,
      b: 5,
    });
  });
});

describe('parseReplicaAddresses', () => {
  it('reads host:port[@weight] lists, weight 1 by default', () => {
    expect(parseReplicaAddresses(' 127.0.0.1:50051@3, localhost:50052 ')).toEqual([
      { address: '127.0.0.1:50051', weight: 3 },
      { address: 'localhost:50052', weight: 1 },
    ]);
  });

  it.each(['', ' , ', 'localhost', 'host:port', 'h:1@0', 'h:1@x', 'h:1@101', 'a b:1'])(
    'refuses %p',
    (spec) => {
      expect(() => parseReplicaAddresses(spec)).toThrow();
    },
  );
});
