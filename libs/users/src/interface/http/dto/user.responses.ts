import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { AccessTokenView, UserPageView, UserView } from '../../../application/user-view.js';

export class UserResponse implements UserView {
  @ApiProperty({ type: 'integer', example: 5 })
  user_id: number;

  @ApiProperty({ example: 'test5' })
  user_name: string;

  @ApiProperty({ example: '13800138000' })
  user_mobile: string;

  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'RFC 3339, UTC' })
  created_at: string;

  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'RFC 3339, UTC' })
  updated_at: string;
}

/**
 * `/user/info`'s answer, the course's `{"user": {...}}` (no password field, unlike the course).
 * The schema keeps its published name: clients generated from the OpenAPI document use it.
 */
@ApiSchema({ name: 'CourseUserResponse' })
export class UserInfoResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;
}

/** `/user/list`'s answer, the course's `{"user": [...]}` (schema name kept, as above). */
@ApiSchema({ name: 'CourseUserListResponse' })
export class UserListResponse {
  @ApiProperty({ type: [UserResponse] })
  user: UserResponse[];
}

export class UserPageResponse implements UserPageView {
  @ApiProperty({ type: [UserResponse] })
  users: UserResponse[];

  @ApiProperty({ type: 'integer', example: 15, description: 'users in all pages' })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 10 })
  page_size: number;
}

export class AccessTokenResponse implements AccessTokenView {
  @ApiProperty({ description: 'A JWT; send it as `Authorization: Bearer <access_token>`' })
  access_token: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  token_type: 'Bearer';

  @ApiProperty({ type: 'integer', example: 3600, description: 'seconds until the token expires' })
  expires_in: number;

  @ApiProperty({
    description:
      'Single use: POST /auth/refresh exchanges it for a new pair; POST /auth/logout ends the session',
  })
  refresh_token: string;

  @ApiProperty({ example: 2592000, description: 'seconds until the refresh token expires' })
  refresh_expires_in: number;
}
