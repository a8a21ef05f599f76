import type { IssueLimits } from '../domain/issue-limits.js';

/** The verification context's settings, read from VERIFICATION_* by the module. */
export abstract class VerificationSettings {
  abstract readonly codeTtlMs: number;
  abstract readonly maxAttempts: number;
  abstract readonly limits: IssueLimits;
}
