import { maskChineseId } from './chinese-id.js';

/**
 * What is kept of a buyer's identity verification: the verdict, the masked number and the
 * provider's reference. The full ID number and the name are never stored.
 */
export interface IdentityVerification {
  userId: number;
  verdict: 'MATCH' | 'MISMATCH';
  maskedIdNumber: string;
  provider: string;
  reference: string;
  verifiedAt: Date;
}

export function recordVerification(
  userId: number,
  idNumber: string,
  outcome: { verdict: 'MATCH' | 'MISMATCH'; reference: string },
  provider: string,
  now = new Date(),
): IdentityVerification {
  return {
    userId,
    verdict: outcome.verdict,
    maskedIdNumber: maskChineseId(idNumber),
    provider,
    reference: outcome.reference.slice(0, 64),
    // Whole seconds: what every database here keeps (MySQL's DATETIME), so the answer and a
    // later read agree.
    verifiedAt: new Date(Math.floor(now.getTime() / 1000) * 1000),
  };
}
