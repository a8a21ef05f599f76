import { Injectable } from '@nestjs/common';
import { UserNotFoundError } from '../domain/errors.js';
import { checkUserId } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toProfileView, type ProfileView } from './user-view.js';

/**
 * A user reading themselves: the full mobile number and the profile. The caller must have authenticated
 * `userId` (an access token's subject). Not cached: the cache holds public views only.
 */
@Injectable()
export class GetOwnUser {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: number): Promise<ProfileView> {
    checkUserId(userId);
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    return toProfileView(user);
  }
}
