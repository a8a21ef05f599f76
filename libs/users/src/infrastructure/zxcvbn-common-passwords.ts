import { createRequire } from 'node:module';
import { Injectable } from '@nestjs/common';
import { CommonPasswords } from '../domain/common-passwords.js';

type LanguageCommon = typeof import('@zxcvbn-ts/language-common');

/**
 * zxcvbn-ts's list of the most common passwords in breach corpora (about 49,000, in lower
 * case), shipped in the package: no network at run time. Compared in lower case, so
 * `Password1` is as refused as `password1`. The list is loaded (and its compressed dictionary
 * unpacked) on the first check, not at start-up: most starts never check a password, and the
 * list costs tens of milliseconds and some megabytes.
 */
@Injectable()
export class ZxcvbnCommonPasswords extends CommonPasswords {
  private list?: Set<string>;

  private get passwords(): Set<string> {
    if (!this.list) {
      const { dictionary } = createRequire(import.meta.url)(
        '@zxcvbn-ts/language-common',
      ) as LanguageCommon;
      this.list = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
    }
    return this.list;
  }

  get size(): number {
    return this.passwords.size;
  }

  includes(password: string): boolean {
    return this.passwords.has(password.toLowerCase());
  }
}
