import {
  BALANCING_POLICIES,
  createBalancer,
  parseReplicaAddresses,
  type Balanced,
  type Balancer,
  type BalancingPolicy,
} from './balancer.js';

const replica = (address: string, weight = 1, inFlight = 0): Balanced => ({
  address,
  weight,
  inFlight,
});

/** `n` picks among `candidates` (the same list every time), as addresses. */
function pickMany(balancer: Balancer<Balanced>, candidates: Balanced[], n: number): string[] {
  return Array.from({ length: n }, () => balancer.pick(candidates).address);
}

function picks(policy: BalancingPolicy, candidates: Balanced[], n: number): string[] {
  return pickMany(createBalancer<Balanced>(policy), candidates, n);
}

function counts(addresses: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const a of addresses) result[a] = (result[a] ?? 0) + 1;
  return result;
}

describe('createBalancer', () => {
  it.each(BALANCING_POLICIES)('%s always picks one of the candidates', (policy) => {
    const candidates = [replica('a', 3, 2), replica('b', 1, 0), replica('c', 2, 1)];
    const addresses = new Set(candidates.map((c) => c.address));
    for (const a of picks(policy, candidates, 50)) expect(addresses.has(a)).toBe(true);
  });

  it.each(BALANCING_POLICIES)('%s with a single candidate always picks it', (policy) => {
    expect(picks(policy, [replica('only', 5, 7)], 5)).toEqual(Array(5).fill('only'));
  });
});

describe('round_robin', () => {
  it('takes the replicas in turn', () => {
    expect(picks('round_robin', [replica('a'), replica('b'), replica('c')], 9)).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
      'c',
      'a',
      'b',
      'c',
    ]);
  });

  it('splits evenly, ignoring weights and calls in flight', () => {
    const candidates = [replica('a', 5, 9), replica('b', 1, 0), replica('c', 1, 0)];
    expect(counts(picks('round_robin', candidates, 300))).toEqual({ a: 100, b: 100, c: 100 });
  });
});

describe('weighted_round_robin (smooth, as nginx)', () => {
  it('spreads 5:1:1 as a a b a c a a, never in a burst', () => {
    expect(
      picks('weighted_round_robin', [replica('a', 5), replica('b', 1), replica('c', 1)], 7),
    ).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  });

  it('repeats the same sequence every cycle of total weight', () => {
    const sequence = picks(
      'weighted_round_robin',
      [replica('a', 5), replica('b', 1), replica('c', 1)],
      21,
    );
    const cycle = ['a', 'a', 'b', 'a', 'c', 'a', 'a'];
    expect(sequence).toEqual([...cycle, ...cycle, ...cycle]);
  });

  it('gives 3:1 weights 75/25 of 100 picks', () => {
    expect(counts(picks('weighted_round_robin', [replica('a', 3), replica('b', 1)], 100))).toEqual({
      a: 75,
      b: 25,
    });
  });

  it('gives equal weights plain round robin', () => {
    expect(picks('weighted_round_robin', [replica('a'), replica('b'), replica('c')], 6)).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps the weights when a replica is excluded between cycles and comes back', () => {
    const balancer = createBalancer<Balanced>('weighted_round_robin');
    const [a, b, c] = [replica('a', 5), replica('b', 1), replica('c', 1)];
    expect(pickMany(balancer, [a, b, c], 7)).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
    // c is failing: the pool offers only a and b, which share 5:1.
    const shrunk = pickMany(balancer, [a, b], 12);
    expect(shrunk).not.toContain('c');
    expect(counts(shrunk)).toEqual({ a: 10, b: 2 });
    // c is back: the 5:1:1 cycle resumes exactly.
    expect(pickMany(balancer, [a, b, c], 7)).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  });

  it('keeps the weights when a replica is excluded in the middle of a cycle and comes back', () => {
    const balancer = createBalancer<Balanced>('weighted_round_robin');
    const [a, b, c] = [replica('a', 3), replica('b', 2), replica('c', 1)];
    pickMany(balancer, [a, b, c], 4);
    // a is excluded: b and c share 2:1, and a is never picked.
    const shrunk = counts(pickMany(balancer, [b, c], 30));
    expect(Object.keys(shrunk).sort()).toEqual(['b', 'c']);
    expect(Math.abs(shrunk.b - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(shrunk.c - 10)).toBeLessThanOrEqual(1);
    // a is back: over 10 full cycles (60 picks) 3:2:1 holds within one pick.
    const grown = counts(pickMany(balancer, [a, b, c], 60));
    expect(Math.abs(grown.a - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(grown.b - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(grown.c - 10)).toBeLessThanOrEqual(1);
  });

  it('serves the only candidate left while the others are excluded', () => {
    const balancer = createBalancer<Balanced>('weighted_round_robin');
    const [a, b] = [replica('a', 3), replica('b', 1)];
    pickMany(balancer, [a, b], 2);
    expect(pickMany(balancer, [b], 5)).toEqual(['b', 'b', 'b', 'b', 'b']);
    expect(counts(pickMany(balancer, [a, b], 40))).toEqual({ a: 30, b: 10 });
  });
});

describe('least_request', () => {
  it('picks the replica with the fewest calls in flight', () => {
    const candidates = [replica('a', 1, 3), replica('b', 1, 1), replica('c', 1, 2)];
    expect(picks('least_request', candidates, 6)).toEqual(Array(6).fill('b'));
  });

  it('ignores weights', () => {
    const candidates = [replica('a', 100, 1), replica('b', 1, 0)];
    expect(picks('least_request', candidates, 4)).toEqual(['b', 'b', 'b', 'b']);
  });

  it('spreads ties among the least loaded replicas', () => {
    expect(counts(picks('least_request', [replica('a'), replica('b'), replica('c')], 30))).toEqual({
      a: 10,
      b: 10,
      c: 10,
    });
  });

  it('spreads ties evenly even when a busy replica sits among the idle ones', () => {
    // a is busy; b and c are idle and tied, so they should share the picks about evenly.
    const busyFirst = counts(
      picks('least_request', [replica('a', 1, 2), replica('b'), replica('c')], 30),
    );
    expect(busyFirst.a).toBeUndefined();
    expect(busyFirst.b).toBeGreaterThanOrEqual(12);
    expect(busyFirst.c).toBeGreaterThanOrEqual(12);
    const busyMiddle = counts(
      picks('least_request', [replica('a'), replica('b', 1, 2), replica('c')], 30),
    );
    expect(busyMiddle.b).toBeUndefined();
    expect(busyMiddle.a).toBeGreaterThanOrEqual(12);
    expect(busyMiddle.c).toBeGreaterThanOrEqual(12);
  });

  it('fills idle replicas first when calls stay in flight', () => {
    const balancer = createBalancer<Balanced>('least_request');
    const candidates = [replica('a'), replica('b'), replica('c')];
    const chosen = Array.from({ length: 6 }, () => {
      const r = balancer.pick(candidates);
      r.inFlight++;
      return r.address;
    });
    expect(new Set(chosen.slice(0, 3)).size).toBe(3);
    expect(candidates.map((r) => r.inFlight)).toEqual([2, 2, 2]);
    // b answers: it is now the least loaded.
    candidates[1].inFlight = 0;
    expect(balancer.pick(candidates).address).toBe('b');
  });
});

describe('parseReplicaAddresses', () => {
  it('reads one host:port with weight 1 by default', () => {
    expect(parseReplicaAddresses('127.0.0.1:50051')).toEqual([
      { address: '127.0.0.1:50051', weight: 1 },
    ]);
  });

  it('reads a list with @weight, trimming spaces', () => {
    expect(parseReplicaAddresses(' 127.0.0.1:50051@3 ,  localhost:50052 ,user-svc:7000@1')).toEqual(
      [
        { address: '127.0.0.1:50051', weight: 3 },
        { address: 'localhost:50052', weight: 1 },
        { address: 'user-svc:7000', weight: 1 },
      ],
    );
  });

  it('skips empty entries between commas', () => {
    expect(parseReplicaAddresses('a:1,,b:2,')).toEqual([
      { address: 'a:1', weight: 1 },
      { address: 'b:2', weight: 1 },
    ]);
  });

  it.each([
    ['', 'no entry'],
    [' , ', 'only separators'],
    ['localhost', 'no port'],
    ['localhost:', 'an empty port'],
    [':50051', 'no host'],
    ['host:port', 'a port that is not a number'],
    ['a:b', 'a port that is not a number'],
    ['host:port@0', 'a port that is not a number'],
    ['h:1@0', 'weight 0'],
    ['h:1@x', 'a weight that is not a number'],
    ['host:port@x', 'a weight that is not a number'],
    ['h:1@-1', 'a negative weight'],
    ['h:1@101', 'a weight above 100'],
    ['h:1@', 'an empty weight'],
    ['a b:1', 'a space inside the host'],
    ['a:1,localhost', 'one bad entry among good ones'],
    ['dns:///order-service', 'a dns: target without a port'],
    ['dns:///a:1,dns:///b:2', 'two dns: targets'],
    ['dns:///a:1,b:2', 'a dns: target among addresses'],
  ])('refuses %p (%s)', (spec) => {
    expect(() => parseReplicaAddresses(spec)).toThrow();
  });

  it('takes one dns: target whole (grpc-js resolves it and balances over its addresses)', () => {
    expect(parseReplicaAddresses('dns:///order-service:50071')).toEqual([
      { address: 'dns:///order-service:50071', weight: 1 },
    ]);
    expect(parseReplicaAddresses('dns://10.0.0.10:53/order-service.shop.svc:50071')).toEqual([
      { address: 'dns://10.0.0.10:53/order-service.shop.svc:50071', weight: 1 },
    ]);
  });

  it('names the bad entry in the error', () => {
    expect(() => parseReplicaAddresses('a:1, localhost')).toThrow(/"localhost"/);
    expect(() => parseReplicaAddresses('h:1@0')).toThrow(/weight must be 1\.\.100/);
    expect(() => parseReplicaAddresses('')).toThrow(/at least one host:port/);
  });
});
