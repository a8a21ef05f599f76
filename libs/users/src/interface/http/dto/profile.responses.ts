import { ApiProperty } from '@nestjs/swagger';
import type { AddressView } from '../../../application/address-view.js';
import type { ProfileView } from '../../../application/user-view.js';
import { UserResponse } from './user.responses.js';

export class ProfileResponse extends UserResponse implements ProfileView {
  @ApiProperty({ type: 'string', nullable: true, example: 'Alice' })
  nickname: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'https://cdn.example.com/avatars/alice.png',
  })
  avatar_url: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'alice@example.com' })
  email: string | null;
}

export class AddressResponse implements AddressView {
  @ApiProperty({ type: 'integer', example: 1 })
  address_id: number;

  @ApiProperty({ example: '张三' })
  recipient: string;

  @ApiProperty({ example: '13800138000' })
  mobile: string;

  @ApiProperty({ example: '广东省' })
  province: string;

  @ApiProperty({ example: '深圳市' })
  city: string;

  @ApiProperty({ example: '南山区' })
  district: string;

  @ApiProperty({ example: '科技园南区 1 栋 101' })
  street: string;

  @ApiProperty({ type: 'string', nullable: true, example: '518057' })
  postal_code: string | null;

  @ApiProperty({ example: true, description: 'exactly one address of a buyer is the default' })
  is_default: boolean;

  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'RFC 3339, UTC' })
  created_at: string;

  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'RFC 3339, UTC' })
  updated_at: string;
}
