import { markStale, STALE_WARNING } from './stale-answer.js';

function headers() {
  const set = new Map<string, string>();
  return { set, target: { header: (name: string, value: string) => set.set(name, value) } };
}

describe('markStale', () => {
  it('sets Age in whole seconds and Warning 110 on a stale answer', () => {
    const { set, target } = headers();
    markStale(target, new Date(10_000), 42_900);
    expect(Object.fromEntries(set)).toEqual({ Age: '32', Warning: STALE_WARNING });
    expect(STALE_WARNING).toBe('110 - "Response is Stale"');
  });

  it('sets nothing on a fresh answer', () => {
    const { set, target } = headers();
    markStale(target, undefined);
    expect(set.size).toBe(0);
  });
});
