import { InvalidArgumentError } from '@nestmall/ports/platform';

/** What a code is for: a code issued for one purpose never proves another. */
export const PURPOSES = [
  'register_by_mobile',
  'login_by_code',
  'reset_password',
  'change_mobile',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Purposes anyone may ask a code for (POST /verification/codes). A mobile change is asked for by
 * the logged-in buyer through the users context, which binds the code to that buyer.
 */
export const PUBLIC_PURPOSES: readonly Purpose[] = [
  'register_by_mobile',
  'login_by_code',
  'reset_password',
];

export type Channel = 'sms' | 'email';

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
// Deliberately plain (RFC 5321 limits: 254 characters): a code that does not arrive is the
// real check of an address.
export const EMAIL_PATTERN = /^[^\s@<>()",;]{1,64}@[A-Za-z0-9.-]{1,185}\.[A-Za-z]{2,63}$/;

export const DESTINATION_RULE =
  'destination must be an 11-digit mainland China mobile number (13800138000) or an e-mail address';

/** Where a code goes, normalised: an e-mail address in lower case, a mobile number as is. */
export interface Destination {
  channel: Channel;
  address: string;
}

export function parseDestination(raw: string): Destination {
  const value = (raw ?? '').trim();
  if (MOBILE_PATTERN.test(value)) return { channel: 'sms', address: value };
  if (value.length <= 254 && EMAIL_PATTERN.test(value))
    return { channel: 'email', address: value.toLowerCase() };
  throw new InvalidArgumentError(DESTINATION_RULE);
}

export function parsePurpose(raw: string): Purpose {
  if ((PURPOSES as readonly string[]).includes(raw)) return raw as Purpose;
  throw new InvalidArgumentError(`purpose must be one of ${PURPOSES.join(', ')}`);
}
