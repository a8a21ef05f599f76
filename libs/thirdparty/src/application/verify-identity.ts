import { Injectable } from '@nestjs/common';
import { InvalidArgumentError, NotFoundError, UnitOfWork } from '@nestmall/ports/platform';
import type { IdentityView } from '../client/thirdparty.client.js';
import { parseChineseId } from '../domain/chinese-id.js';
import { recordVerification, type IdentityVerification } from '../domain/identity-verification.js';
import { IdentityProvider } from './providers.js';
import { ThirdpartyRepository } from './thirdparty.repository.js';

const NAME = /^[\p{L}·.\- ]{2,40}$/u;

export function toIdentityView(v: IdentityVerification): IdentityView {
  return {
    user_id: v.userId,
    verified: v.verdict === 'MATCH',
    verdict: v.verdict,
    masked_id_number: v.maskedIdNumber,
    provider: v.provider,
    verified_at: v.verifiedAt.toISOString(),
  };
}

/**
 * A buyer verifies their identity: the ID number's form and check digit here (400 naming
 * idNumber, and no provider call), then the provider's verdict. Only the verdict, the masked
 * number and the provider's reference are kept.
 */
@Injectable()
export class VerifyIdentity {
  constructor(
    private readonly provider: IdentityProvider,
    private readonly repository: ThirdpartyRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(userId: number, name: string, rawIdNumber: string): Promise<IdentityView> {
    const trimmed = name.trim();
    if (!NAME.test(trimmed))
      throw new InvalidArgumentError('name must be 2-40 letters (spaces, · . - allowed)');
    const idNumber = parseChineseId(rawIdNumber);
    const outcome = await this.provider.verify(trimmed, idNumber);
    const verification = recordVerification(userId, idNumber, outcome, this.provider.name);
    await this.unitOfWork.run(() => this.repository.saveIdentity(verification));
    return toIdentityView(verification);
  }

  async of(userId: number): Promise<IdentityView> {
    const found = await this.repository.identityOf(userId);
    if (!found) throw new NotFoundError(`user ${userId} has not verified an identity`);
    return toIdentityView(found);
  }
}
