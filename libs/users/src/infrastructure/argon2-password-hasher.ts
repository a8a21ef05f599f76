import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { PasswordHasher } from '../domain/password-hasher.js';

/**
 * argon2id at the first row of OWASP's Password Storage Cheat Sheet: 19 MiB, 2 passes, 1 lane.
 * Its rows are equally strong; this one keeps a log-in's memory low, so a burst of log-ins
 * does not exhaust the server (the library's default, 64 MiB and 4 lanes, takes 3.4 times the
 * memory per log-in). Each hash names its own parameters, so older ones still verify.
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never authenticates
    }
  }

  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, ARGON2_OPTIONS);
    } catch {
      return false; // nothing verified against it, so there is nothing to rehash
    }
  }
}
