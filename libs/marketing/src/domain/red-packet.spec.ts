import { splitRedPacket, type RandomInt } from './red-packet.js';

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): RandomInt {
  let a = seed;
  return (min, max) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return min + Math.floor(r * (max - min + 1));
  };
}

describe('splitRedPacket', () => {
  it('splits exactly the total, every share at least one cent, for many draws', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const shares = 1 + (seed % 40);
      const total = shares + seed * 37;
      const amounts = splitRedPacket(total, shares, seeded(seed));
      expect(amounts).toHaveLength(shares);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...amounts)).toBeGreaterThanOrEqual(1);
      expect(amounts.every(Number.isInteger)).toBe(true);
    }
  });

  it('keeps every share but the last under twice the mean of what was left', () => {
    const amounts = splitRedPacket(10000, 30, seeded(42));
    let left = 10000;
    amounts.slice(0, -1).forEach((amount, i) => {
      expect(amount).toBeLessThan((2 * left) / (30 - i));
      left -= amount;
    });
  });

  it('gives one cent each when the total is one cent a share', () => {
    expect(splitRedPacket(5, 5, seeded(1))).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses fewer cents than shares, and a bad number of shares', () => {
    expect(() => splitRedPacket(4, 5, seeded(1))).toThrow(/total_cents/);
    expect(() => splitRedPacket(100, 0, seeded(1))).toThrow(/shares/);
    expect(() => splitRedPacket(100, 1.5, seeded(1))).toThrow(/shares/);
  });
});
