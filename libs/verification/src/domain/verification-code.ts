import { InvalidArgumentError, TooManyRequestsError } from '@nestmall/ports/platform';
import { parseDestination, parsePurpose, type Destination, type Purpose } from './purpose.js';

export const CODE_PATTERN = /^\d{6}$/;
export const CODE_RULE = 'code must be the 6 digits of the message';

/**
 * The one thing a code proves: that whoever holds it received the message sent to `destination`
 * for `purpose` (and, when `subject` is set, at the request of that user: a mobile change).
 */
export interface CodeTarget {
  purpose: Purpose;
  destination: Destination;
  /** The user a code was asked for, when it was asked by one (change_mobile); else ''. */
  subject: string;
}

/** The target a request names, its fields checked (InvalidArgumentError naming the field). */
export function parseTarget(input: {
  purpose: string;
  destination: string;
  subject?: string;
}): CodeTarget {
  const purpose = parsePurpose(input.purpose);
  const destination = parseDestination(input.destination);
  // A mobile number is what these prove: an e-mail code would never match their flows.
  if (destination.channel !== 'sms' && MOBILE_PURPOSES.includes(purpose))
    throw new InvalidArgumentError(`destination must be a mobile number for ${purpose}`);
  return { purpose, destination, subject: input.subject ?? '' };
}

const MOBILE_PURPOSES: readonly Purpose[] = ['register_by_mobile', 'change_mobile'];

/** Where the code of a target is kept: one live code per target, a new one replaces it. */
export function codeKey(target: CodeTarget): string {
  return `${target.purpose}:${target.destination.address}:${target.subject}`;
}

/** A stored code: its keyed hash, never the digits, and the attempts made against it. */
export interface StoredCode {
  hash: string;
  /** Attempts made so far, this one included (the store counts them atomically). */
  attempts: number;
}

/** Why a code was refused; the caller never learns which of wrong, expired or used. */
export class WrongCodeError extends InvalidArgumentError {
  constructor() {
    super('code is wrong, expired or already used: ask for a new one');
  }
}

export class CodeAttemptsExhaustedError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super('too many wrong codes: this code is void, ask for a new one', retryAfterSeconds);
  }
}

/**
 * The rule of one attempt, given the stored code (null: none, expired or used), whether the
 * candidate's hash matched (compared in constant time by the caller) and the attempt limit:
 * 'accept' (the caller then consumes the code, once), 'wrong', or 'exhausted' (the code is void).
 */
export function judgeAttempt(
  stored: StoredCode | null,
  matches: boolean,
  maxAttempts: number,
): 'accept' | 'wrong' | 'exhausted' {
  if (!stored) return 'wrong';
  // Past the limit even a right code is refused: otherwise guessing goes on, one code at a time.
  if (stored.attempts > maxAttempts) return 'exhausted';
  return matches ? 'accept' : stored.attempts === maxAttempts ? 'exhausted' : 'wrong';
}

export function checkCodeFormat(code: string): void {
  if (!CODE_PATTERN.test(code ?? '')) throw new InvalidArgumentError(CODE_RULE);
}
