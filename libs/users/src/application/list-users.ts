import { Injectable } from '@nestjs/common';
import { checkPage, DEFAULT_PAGE_SIZE } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toUserView, type UserPageView } from './user-view.js';

export interface ListUsersQuery {
  pageNum?: number;
  pageSize?: number;
}

@Injectable()
export class ListUsers {
  constructor(private readonly users: UserRepository) {}

  async execute(query: ListUsersQuery): Promise<UserPageView> {
    const pageNum = query.pageNum || 1;
    const pageSize = query.pageSize || DEFAULT_PAGE_SIZE;
    checkPage(pageNum, pageSize);
    const page = await this.users.page((pageNum - 1) * pageSize, pageSize);
    return {
      users: page.users.map(toUserView),
      total: page.total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }
}
