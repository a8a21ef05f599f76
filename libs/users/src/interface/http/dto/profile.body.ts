import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { AVATAR_URL_RULE, EMAIL_RULE, NICKNAME_RULE } from '../../../domain/profile.js';
import { PASSWORD_RULE } from '../../../domain/user.js';

/**
 * PATCH /users/me: a field left out stays; null clears it ("" is refused here: it is how gRPC,
 * whose strings cannot be null, says "clear").
 */
export class UpdateProfileBody {
  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'Alice',
    maxLength: NICKNAME_RULE.maxLength,
    description: NICKNAME_RULE.text,
  })
  @IsOptional()
  @IsString({ message: NICKNAME_RULE.text })
  @MinLength(1, { message: NICKNAME_RULE.text })
  nickname?: string | null;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'https://cdn.example.com/avatars/alice.png',
    maxLength: AVATAR_URL_RULE.maxLength,
    description: AVATAR_URL_RULE.text,
  })
  @IsOptional()
  @IsString({ message: AVATAR_URL_RULE.text })
  @MinLength(1, { message: AVATAR_URL_RULE.text })
  avatar_url?: string | null;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'alice@example.com',
    maxLength: EMAIL_RULE.maxLength,
    description: EMAIL_RULE.text,
  })
  @IsOptional()
  @IsString({ message: EMAIL_RULE.text })
  @MinLength(1, { message: EMAIL_RULE.text })
  email?: string | null;
}

export class ChangePasswordBody {
  @ApiProperty({ example: '123456', format: 'password', maxLength: PASSWORD_RULE.maxLength })
  @IsString({ message: 'current_password must be a string' })
  @MaxLength(PASSWORD_RULE.maxLength, { message: 'current_password is too long' })
  current_password: string;

  @ApiProperty({
    example: 'correct-horse-10',
    format: 'password',
    minLength: PASSWORD_RULE.minLength,
    maxLength: PASSWORD_RULE.maxLength,
    description: `new_${PASSWORD_RULE.text}, not a common one, not the current one`,
  })
  @IsString({ message: `new_${PASSWORD_RULE.text}` })
  new_password: string;
}

export class DeleteAccountBody {
  @ApiProperty({ example: '123456', format: 'password', maxLength: PASSWORD_RULE.maxLength })
  @IsString({ message: 'current_password must be a string' })
  @MaxLength(PASSWORD_RULE.maxLength, { message: 'current_password is too long' })
  current_password: string;
}
