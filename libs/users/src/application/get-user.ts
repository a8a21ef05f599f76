import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { UserNotFoundError } from '../domain/errors.js';
import { checkUserId } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { userViewKey } from './user-cache-keys.js';
import { toUserView, type UserView } from './user-view.js';

@Injectable()
export class GetUser {
  constructor(
    private readonly users: UserRepository,
    private readonly cache: Cache,
  ) {}

  /** Cache-aside on the view; an unknown id is not cached, so a new user is seen at once. */
  async execute(id: number): Promise<UserView> {
    checkUserId(id);
    const view = await this.cache.getOrLoad(userViewKey(id), this.cache.defaultTtlSeconds, () =>
      this.load(id),
    );
    if (!view) throw new UserNotFoundError(id);
    return view;
  }

  private async load(id: number): Promise<UserView | null> {
    const user = await this.users.findById(id);
    return user && toUserView(user);
  }
}
