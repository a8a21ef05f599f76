import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { AccessTokenView, UserPageView, UserView } from '../../../application/user-view.js';
import type { GuestCartMergeView } from '../guest-cart-at-log-in.js';

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

export class GuestCartMergeResponse implements GuestCartMergeView {
  @ApiProperty({
    type: [String],
    example: ['T00108', 'T00109'],
    description: "the guest cart's SKUs whose units went into the buyer's cart (all, or up to 99)",
  })
  merged: string[];

  @ApiProperty({ type: 'integer', example: 3, description: 'units added in all' })
  units: number;

  @ApiProperty({
    type: [String],
    example: [],
    description: 'SKUs whose summed quantity was capped at 99',
  })
  capped: string[];

  @ApiProperty({ type: [String], example: [], description: 'SKUs left out: the cart was full' })
  dropped: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description:
      'null when merged (an unknown or already merged guest cart merges nothing); else why the ' +
      'guest cart was left as it was, e.g. "the guest cart id (X-Cart-Id) must be 24 of A-Z a-z ' +
      '0-9 _ -" or "CartService is unavailable": the log-in went ahead, POST /cart/merge can retry',
  })
  ignored: string | null;
}

export class LogInResponse extends AccessTokenResponse {
  @ApiPropertyOptional({
    type: GuestCartMergeResponse,
    description: "Only with X-Cart-Id: what went from that guest cart into the buyer's cart",
  })
  cart_merge?: GuestCartMergeResponse;
}
