import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import { CommonPasswords } from '../domain/common-passwords.js';
import { UserNameTakenError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { checkNewUser, type NewUser } from '../domain/user.js';
import { DuplicateUserNameError, UserRepository } from '../domain/user.repository.js';
import { userViewKey } from './user-cache-keys.js';
import { toOwnUserView, type UserView } from './user-view.js';

@Injectable()
export class RegisterUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly cache: Cache,
    private readonly commonPasswords: CommonPasswords,
  ) {}

  async execute(input: NewUser): Promise<UserView> {
    checkNewUser(input);
    if (this.commonPasswords.includes(input.password)) {
      throw new InvalidArgumentError(
        `password is one of the ${this.commonPasswords.size} most common passwords in breaches ` +
          '(attackers try these first): choose another',
      );
    }
    // A cheap early answer; the unique index is what really decides under concurrency.
    if (await this.users.findByName(input.name)) throw new UserNameTakenError(input.name);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const user = await this.users.create({
        name: input.name,
        mobile: input.mobile,
        passwordHash,
      });
      // Nothing is cached for an id that did not exist yet, but a shared cache can outlive a
      // database: one recreated under the same name hands the same ids out again.
      await this.cache.invalidate(userViewKey(user.id));
      // The one registering gave the number: they see it whole.
      return toOwnUserView(user);
    } catch (error) {
      if (error instanceof DuplicateUserNameError) throw new UserNameTakenError(input.name);
      throw error;
    }
  }
}
