/** Hashes and checks passwords; the hash never leaves the users context. */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  abstract verify(hash: string, password: string): Promise<boolean>;
  /** Whether `hash` was made with other parameters than hash() uses now (rehash at log-in). */
  abstract needsRehash(hash: string): boolean;
}
