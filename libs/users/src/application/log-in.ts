import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { FailureBackoff, TooManyRequestsError, type AppConfig } from '@nestmall/platform';
import { InvalidCredentialsError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { userNameKey } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
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
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AppConfig, true>,
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
    const expiresIn = this.config.get('JWT_EXPIRES_IN', { infer: true });
    const accessToken = await this.jwt.signAsync(
      { sub: String(user.id), name: user.name },
      { expiresIn },
    );
    return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn };
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
