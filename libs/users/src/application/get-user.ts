import { Injectable } from '@nestjs/common';
import { UserNotFoundError } from '../domain/errors.js';
import { checkUserId } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toUserView, type UserView } from './user-view.js';

@Injectable()
export class GetUser {
  constructor(private readonly users: UserRepository) {}

  async execute(id: number): Promise<UserView> {
    checkUserId(id);
    const user = await this.users.findById(id);
    if (!user) throw new UserNotFoundError(id);
    return toUserView(user);
  }
}
