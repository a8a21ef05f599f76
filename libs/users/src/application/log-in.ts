import { Injectable } from '@nestjs/common';
import { FailureBackoff, TooManyRequestsError } from '@nestmall/platform';
import { InvalidCredentialsError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { userNameKey } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { SessionTokens } from './session-tokens.js';
import type { AccessTokenView } from './user-view.js';

export interface Credentials {
  name: string;
  password: string;
}

@Injectable()
export class LogIn {
  /** Checked when the name is unknown, so both failures take about as long (no name probing). */
  private decoyHash?: Promise<string>;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: SessionTokens,
    private readonly failures: FailureBackoff,
  ) {}

  async execute(credentials: Credentials): Promise<AccessTokenView> {
    // Unknown names are counted too, so the limit says nothing about which accounts exist.
    const account = userNameKey(credentials.name ?? '');
    const wait = await this.failures.attempt(account);
    if (wait > 0) {
      throw new TooManyRequestsError(
        `too many failed log-ins for this account: try again in ${wait} s`,
        wait,
      );
    }
    const user = await this.users.findByName(credentials.name ?? '');
    const hash = user?.passwordHash ?? (await this.decoy());
    const valid = await this.hasher.verify(hash, credentials.password ?? '');
    if (!user || !valid) throw new InvalidCredentialsError();
    await this.failures.reset(account);
    return this.tokens.start(user);
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher
      .hash('decoy-password-never-matches-1')
      .catch((error: unknown) => {
        this.decoyHash = undefined; // try again next time rather than fail every later log-in
        throw error;
      });
    return this.decoyHash;
  }
}
