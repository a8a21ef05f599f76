import { Injectable } from '@nestjs/common';
import { VerificationClient, type IssuedCodeView } from '@nestmall/ports/verification';
import { UserMobileRepository } from '../domain/user-mobile.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { mobileChangeOwner } from './mobile-change-owner.js';

/** Sends a logged-in buyer a code to their NEW number, bound to them (ChangeMobile uses it). */
@Injectable()
export class RequestMobileChangeCode {
  constructor(
    private readonly users: UserRepository,
    private readonly mobiles: UserMobileRepository,
    private readonly verification: VerificationClient,
  ) {}

  async execute(userId: number, mobile: string, clientAddress: string): Promise<IssuedCodeView> {
    const user = await mobileChangeOwner(this.users, this.mobiles, userId, mobile);
    return this.verification.issueCode({
      purpose: 'change_mobile',
      destination: mobile,
      subject: String(user.id),
      clientAddress,
    });
  }
}
