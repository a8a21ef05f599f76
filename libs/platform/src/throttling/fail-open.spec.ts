import { FailOpen } from './fail-open.js';

describe('FailOpen', () => {
  it('answers the fallback when the command fails, warning once per 10 s, never with a value', async () => {
    const warnings: string[] = [];
    const failOpen = new FailOpen({ warn: (m: string) => void warnings.push(m) });
    const down = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    expect(await failOpen.run(down, 0)).toBe(0);
    expect(await failOpen.run(down, 0)).toBe(0);
    expect(warnings).toEqual([
      'abuse limits off while Redis fails: connect ECONNREFUSED 127.0.0.1:6379',
    ]);
  });

  it('answers what the command answers when it works', async () => {
    const failOpen = new FailOpen({ warn: () => undefined });
    expect(await failOpen.run(async () => 7, 0)).toBe(7);
  });
});
