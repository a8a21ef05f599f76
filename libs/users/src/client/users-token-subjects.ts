import { Injectable } from '@nestjs/common';
import { TokenSubjects } from '@nestmall/platform';
import { UsersClient } from './users.client.js';

/** Binds platform's TokenSubjects to the users context, wherever the app runs it. */
@Injectable()
export class UsersTokenSubjects extends TokenSubjects {
  constructor(private readonly users: UsersClient) {
    super();
  }

  isActive(userId: number, sessionId?: string): Promise<boolean> {
    return this.users.isUserActive(userId, sessionId);
  }
}
