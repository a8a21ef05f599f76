import { Injectable } from '@nestjs/common';
import { MAX_USER_ID } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

/**
 * Whether an access token's subject may still use it: the user exists and is not deleted.
 * Read from the database every time (not the view cache), so a deletion counts at once; the
 * verifiers cache the answer briefly themselves.
 */
@Injectable()
export class CheckUserActive {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: number): Promise<boolean> {
    if (!Number.isInteger(userId) || userId < 1 || userId > MAX_USER_ID) return false;
    return (await this.users.findById(userId)) !== null;
  }
}
