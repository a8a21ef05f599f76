import { TooManyRequestsError } from '@nestmall/ports/platform';

/** How often codes may be sent, from the variables (VERIFICATION_*). */
export interface IssueLimits {
  cooldownMs: number;
  perDestinationPerHour: number;
  perClientPerHour: number;
}

export const HOUR_MS = 3_600_000;
const HOUR_S = HOUR_MS / 1000;

/** `count`: codes asked from one client address this hour, this request included. */
export function checkClientLimit(limits: IssueLimits, count: number): void {
  if (count > limits.perClientPerHour)
    throw new TooManyRequestsError(
      `at most ${limits.perClientPerHour} codes an hour from one client address`,
      HOUR_S,
    );
}

/** `leftMs`: how long the cooldown of the destination still runs (0: this request claimed it). */
export function checkCooldown(leftMs: number): void {
  if (leftMs <= 0) return;
  const wait = Math.ceil(leftMs / 1000);
  throw new TooManyRequestsError(
    `a code was sent to this destination just now: wait ${wait} s`,
    wait,
  );
}

/** `count`: codes sent to one destination this hour, this one included. */
export function checkDestinationLimit(limits: IssueLimits, count: number): void {
  if (count > limits.perDestinationPerHour)
    throw new TooManyRequestsError(
      `at most ${limits.perDestinationPerHour} codes an hour to one destination`,
      HOUR_S,
    );
}
