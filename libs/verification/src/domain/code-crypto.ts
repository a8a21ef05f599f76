import type { CodeTarget } from './verification-code.js';

/**
 * Keyed hashing of codes and sealing of the digits for their one trip through the outbox (the
 * secret is the server's, not the store's: a copy of the store or the outbox reveals no code).
 */
export abstract class CodeCrypto {
  /** The stored form of `code` for `target`. */
  abstract hash(target: CodeTarget, code: string): string;
  /** Whether two hashes are equal, in time that does not depend on where they differ. */
  abstract equal(a: string, b: string): boolean;
  abstract seal(code: string): string;
  abstract unseal(sealed: string): string;
}
