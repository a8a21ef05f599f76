import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { CoursePageQuery } from './dto/page.query.js';
import { CourseUserIdParams } from './dto/user-id.params.js';
import { CourseUserListResponse, CourseUserResponse } from './dto/user.responses.js';

/** The course's user service routes, compatible with its test client. */
@ApiTags('user (course)')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('user')
export class CourseUserHttpController {
  constructor(private readonly users: UsersClient) {}

  @Get('info/:user_id')
  @ApiOperation({ summary: 'One user, as the course answers it: {"user": {...}}' })
  @ApiOkResponse({ type: CourseUserResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  async info(@Param() params: CourseUserIdParams): Promise<CourseUserResponse> {
    return { user: await this.users.getUser(params.user_id) };
  }

  @Get('list')
  @ApiOperation({
    summary: 'A page of users, as the course answers it: {"user": [...]}',
    description: 'page_num/page_size, or pageNum/pageSize as the course client sends them.',
  })
  @ApiOkResponse({ type: CourseUserListResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  async list(@Query() query: CoursePageQuery): Promise<CourseUserListResponse> {
    const page = await this.users.listUsers({
      page_num: query.page_num ?? query.pageNum,
      page_size: query.page_size ?? query.pageSize,
    });
    return { user: page.users };
  }
}
