import { Injectable, Logger } from '@nestjs/common';
import { FailureBackoff, TooManyRequestsError } from '@nestmall/ports/platform';
import { PasswordHasher } from '@nestmall/ports/users';
import { InvalidStaffCredentialsError } from '../domain/errors.js';
import { StaffRepository } from '../domain/staff.repository.js';
import { StaffTokens } from './staff-tokens.js';
import { toStaffView, type StaffTokenView } from './staff-view.js';

/** Staff log-in: e-mail and password for a staff access token. Failures back off per account. */
@Injectable()
export class LogInStaff {
  /** Checked when the e-mail is unknown, so both failures take about as long. */
  private decoyHash?: Promise<string>;
  private readonly logger = new Logger(LogInStaff.name);

  constructor(
    private readonly staff: StaffRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: StaffTokens,
    private readonly failures: FailureBackoff,
  ) {}

  async execute(input: { email: string; password: string }): Promise<StaffTokenView> {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const account = `staff:${email}`;
    const wait = await this.failures.attempt(account);
    if (wait > 0)
      throw new TooManyRequestsError(
        `too many failed log-ins for this account: try again in ${wait} s`,
        wait,
      );
    const member = await this.staff.findByEmail(email);
    const hash = member?.passwordHash ?? (await this.decoy());
    const valid = await this.hasher.verify(hash, input.password ?? '');
    if (!member || !valid) throw new InvalidStaffCredentialsError();
    await this.failures.reset(account);
    if (this.hasher.needsRehash(member.passwordHash)) {
      await this.staff
        .replacePasswordHash(member.id, await this.hasher.hash(input.password))
        .catch((error: unknown) =>
          this.logger.warn(`staff ${member.id}: password hash not upgraded: ${String(error)}`),
        );
    }
    const { token, expiresIn } = await this.tokens.issue(member);
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      staff: toStaffView(member),
    };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher
      .hash('decoy-password-never-matches-1')
      .catch((error: unknown) => {
        this.decoyHash = undefined;
        throw error;
      });
    return this.decoyHash;
  }
}
