import { InvalidArgumentError } from '@nestmall/ports/platform';
import { MAX_CENTS } from './coupon-template.js';

export const MAX_RED_PACKET_SHARES = 10_000;

/** A random integer in [min, max], both included (crypto's randomInt in the app, a seed in tests). */
export type RandomInt = (min: number, max: number) => number;

/**
 * Splits `totalCents` among `shares` claimers at random, when the red packet is created (the
 * shares are stored, so a claim only takes one: nothing to compute under concurrency, and the
 * sum is exactly the total by construction). Every share is at least one cent; each one is
 * drawn from [1, 2 x the mean of what is left - 1] (the "double mean" method of the big
 * red-packet apps), so no early claimer can empty the packet; the last one takes what is left.
 */
export function splitRedPacket(totalCents: number, shares: number, random: RandomInt): number[] {
  if (!Number.isSafeInteger(shares) || shares < 1 || shares > MAX_RED_PACKET_SHARES)
    throw new InvalidArgumentError(`shares must be an integer from 1 to ${MAX_RED_PACKET_SHARES}`);
  if (!Number.isSafeInteger(totalCents) || totalCents < shares || totalCents > MAX_CENTS)
    throw new InvalidArgumentError(
      `total_cents must be an integer from shares (one cent each) to ${MAX_CENTS}`,
    );
  const amounts: number[] = [];
  let left = totalCents;
  for (let remaining = shares; remaining > 1; remaining--) {
    // Leave at least one cent for each claimer after this one.
    const max = Math.min(Math.floor((2 * left) / remaining) - 1, left - (remaining - 1));
    const amount = max <= 1 ? 1 : random(1, max);
    amounts.push(amount);
    left -= amount;
  }
  amounts.push(left);
  return amounts;
}
