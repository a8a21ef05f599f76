import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { CodeCrypto } from '../domain/code-crypto.js';
import {
  checkClientLimit,
  checkCooldown,
  checkDestinationLimit,
  HOUR_MS,
} from '../domain/issue-limits.js';
import { codeKey, parseTarget } from '../domain/verification-code.js';
import { CodeStore } from './code-store.js';
import { VerificationMessages } from './verification-messages.js';
import { VerificationSettings } from './verification-settings.js';

export interface IssueCodeInput {
  purpose: string;
  destination: string;
  /** The user asking, for a code bound to them (change_mobile); '' for none. */
  subject?: string;
  /** The client address the request came from (the edge's view of it). */
  clientAddress: string;
}

/** What the caller may know: never the code. */
export interface IssuedCodeView {
  expires_in: number;
  resend_after: number;
}

/**
 * Issues a six-digit code: checks the per-client limit, the destination's cooldown and hourly
 * limit, stores the code's keyed hash with its time to live (replacing an earlier code of the same
 * target) and asks for its message through the outbox.
 */
@Injectable()
export class IssueCode {
  constructor(
    private readonly store: CodeStore,
    private readonly crypto: CodeCrypto,
    private readonly settings: VerificationSettings,
    private readonly messages: VerificationMessages,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: IssueCodeInput): Promise<IssuedCodeView> {
    const target = parseTarget(input);
    const { limits, codeTtlMs } = this.settings;
    checkClientLimit(limits, await this.store.hit(`client:${input.clientAddress}`, HOUR_MS));
    // The cooldown is per purpose (registering, then logging in at once is fine); the hourly
    // limit counts every code to the destination.
    const destination = `destination:${target.destination.address}`;
    const cooldown = await this.store.claimCooldown(
      `${target.purpose}:${destination}`,
      limits.cooldownMs,
    );
    checkCooldown(cooldown);
    checkDestinationLimit(limits, await this.store.hit(destination, HOUR_MS));

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.store.put(codeKey(target), this.crypto.hash(target, code), codeTtlMs);
    await this.unitOfWork.run(() =>
      this.messages.request({
        purpose: target.purpose,
        channel: target.destination.channel,
        destination: target.destination.address,
        sealed_code: this.crypto.seal(code),
        expires_in: Math.floor(codeTtlMs / 1000),
      }),
    );
    return {
      expires_in: Math.floor(codeTtlMs / 1000),
      resend_after: Math.ceil(limits.cooldownMs / 1000),
    };
  }
}
