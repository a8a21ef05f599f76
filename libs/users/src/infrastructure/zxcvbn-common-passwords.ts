import { Injectable } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { CommonPasswords } from '../domain/common-passwords.js';

/**
 * zxcvbn-ts's list of the most common passwords in breach corpora (about 49,000, in lower
 * case), shipped in the package: no network at run time. Compared in lower case, so
 * `Password1` is as refused as `password1`.
 */
@Injectable()
export class ZxcvbnCommonPasswords extends CommonPasswords {
  private readonly list = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

  get size(): number {
    return this.list.size;
  }

  includes(password: string): boolean {
    return this.list.has(password.toLowerCase());
  }
}
