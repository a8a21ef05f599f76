import { Injectable } from '@nestjs/common';
import { ReplicaReads } from '@nestmall/ports/platform';
import { checkPage, DEFAULT_PAGE_SIZE } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { toUserView, type UserPageView } from './user-view.js';

export interface ListUsersQuery {
  pageNum?: number;
  pageSize?: number;
}

/** The course's public list: it may lag the last registration by a read replica's delay. */
@Injectable()
export class ListUsers {
  constructor(
    private readonly users: UserRepository,
    private readonly replicas: ReplicaReads,
  ) {}

  async execute(query: ListUsersQuery): Promise<UserPageView> {
    const pageNum = query.pageNum || 1;
    const pageSize = query.pageSize || DEFAULT_PAGE_SIZE;
    checkPage(pageNum, pageSize);
    const page = await this.replicas.run(() => this.users.page((pageNum - 1) * pageSize, pageSize));
    return {
      users: page.users.map(toUserView),
      total: page.total,
      page_num: pageNum,
      page_size: pageSize,
    };
  }
}
