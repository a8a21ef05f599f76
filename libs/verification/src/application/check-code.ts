import { Injectable } from '@nestjs/common';
import { CodeCrypto } from '../domain/code-crypto.js';
import {
  checkCodeFormat,
  codeKey,
  CodeAttemptsExhaustedError,
  judgeAttempt,
  WrongCodeError,
  parseTarget,
} from '../domain/verification-code.js';
import { CodeStore } from './code-store.js';
import { VerificationSettings } from './verification-settings.js';

export interface CheckCodeInput {
  purpose: string;
  destination: string;
  subject?: string;
  code: string;
}

/**
 * Uses up a code: the attempt is counted first (atomically, so parallel guesses count too), the
 * hashes are compared in constant time, and a right code is deleted by exactly one caller.
 * @throws WrongCodeError (wrong, expired or used), CodeAttemptsExhaustedError (the code is void)
 */
@Injectable()
export class CheckCode {
  constructor(
    private readonly store: CodeStore,
    private readonly crypto: CodeCrypto,
    private readonly settings: VerificationSettings,
  ) {}

  async execute(input: CheckCodeInput): Promise<void> {
    const target = parseTarget(input);
    checkCodeFormat(input.code);
    const key = codeKey(target);
    const stored = await this.store.takeAttempt(key);
    const matches =
      !!stored && this.crypto.equal(stored.hash, this.crypto.hash(target, input.code));
    const verdict = judgeAttempt(stored, matches, this.settings.maxAttempts);
    if (verdict === 'exhausted') {
      await this.store.consume(key);
      throw new CodeAttemptsExhaustedError(Math.ceil(this.settings.limits.cooldownMs / 1000));
    }
    if (verdict === 'wrong' || !(await this.store.consume(key))) throw new WrongCodeError();
  }
}
