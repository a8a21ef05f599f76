import { Injectable } from '@nestjs/common';
import { UserNotFoundError } from '../domain/errors.js';
import { checkProfileChange, type ProfileChange } from '../domain/profile.js';
import { checkUserId } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toProfileView, type ProfileView } from './user-view.js';

/** Nickname, avatar URL, e-mail: a field left out stays, null clears it. `userId`: the token's. */
@Injectable()
export class UpdateProfile {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: number, change: ProfileChange): Promise<ProfileView> {
    checkUserId(userId);
    const checked = checkProfileChange(change);
    if (!(await this.users.findById(userId))) throw new UserNotFoundError(userId);
    if (Object.keys(checked).length > 0)
      await this.users.updateProfile(userId, checked, new Date());
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    return toProfileView(user);
  }
}
