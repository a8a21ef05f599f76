import { Injectable, Logger } from '@nestjs/common';
import { FailureBackoff, TooManyRequestsError } from '@nestmall/ports/platform';
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
  private readonly logger = new Logger(LogIn.name);

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
    await this.rehashIfOld(user.id, user.passwordHash, credentials.password);
    return this.tokens.start(user);
  }

  /**
   * A log-in is the one moment the password is known again, so a hash made with older argon2
   * parameters is replaced then. Best effort: the user is logged in either way.
   */
  private async rehashIfOld(userId: number, hash: string, password: string): Promise<void> {
    if (!this.hasher.needsRehash(hash)) return;
    try {
      await this.users.replacePasswordHash(userId, await this.hasher.hash(password));
    } catch (error) {
      this.logger.warn(`user ${userId}: the password hash was not upgraded: ${String(error)}`);
    }
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
