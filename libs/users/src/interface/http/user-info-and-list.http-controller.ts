import { Controller, Get, HttpStatus, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, IdParam } from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { MAX_USER_ID } from '../../domain/user.js';
import { UserListQuery } from './dto/page.query.js';
import { UserInfoResponse, UserListResponse } from './dto/user.responses.js';

/**
 * The operation ids these routes were published with (Nest derives them from the class name,
 * which has since changed): clients generated from the OpenAPI document name methods after them.
 */
const PUBLISHED_OPERATION_IDS = {
  info: 'CourseUserHttpController_info',
  list: 'CourseUserHttpController_list',
} as const;

/**
 * `GET /user/info/:user_id` and `GET /user/list`: one user or a page of users in a `{"user": ...}`
 * envelope, the routes and answers of the course's user service (its test client runs against
 * them unchanged).
 */
@ApiTags('user (course)')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('user')
export class UserInfoAndListHttpController {
  constructor(private readonly users: UsersClient) {}

  @Get('info/:user_id')
  @ApiOperation({
    summary: 'One user, as the course answers it: {"user": {...}}',
    operationId: PUBLISHED_OPERATION_IDS.info,
  })
  @ApiOkResponse({ type: UserInfoResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  async info(@IdParam('user_id', MAX_USER_ID) userId: number): Promise<UserInfoResponse> {
    return { user: await this.users.getUser(userId) };
  }

  @Get('list')
  @ApiOperation({
    summary: 'A page of users, as the course answers it: {"user": [...]}',
    operationId: PUBLISHED_OPERATION_IDS.list,
    description: 'page_num/page_size, or pageNum/pageSize as the course client sends them.',
  })
  @ApiOkResponse({ type: UserListResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  async list(@Query() query: UserListQuery): Promise<UserListResponse> {
    const page = await this.users.listUsers({
      page_num: query.page_num ?? query.pageNum,
      page_size: query.page_size ?? query.pageSize,
    });
    return { user: page.users };
  }
}
