import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MOBILE_RULE, PASSWORD_RULE, USER_NAME_RULE } from '../../../domain/user.js';

export class RegisterUserBody {
  @ApiProperty({
    example: 'alice_01',
    pattern: USER_NAME_RULE.pattern.source,
    description: USER_NAME_RULE.text,
  })
  @IsString()
  @Matches(USER_NAME_RULE.pattern, { message: USER_NAME_RULE.text })
  user_name: string;

  @ApiProperty({
    example: 'correct-horse-9',
    minLength: PASSWORD_RULE.minLength,
    maxLength: PASSWORD_RULE.maxLength,
    description: `${PASSWORD_RULE.text}, and not one of the most common passwords in breaches`,
    format: 'password',
  })
  @IsString()
  @MinLength(PASSWORD_RULE.minLength, { message: PASSWORD_RULE.text })
  @MaxLength(PASSWORD_RULE.maxLength, { message: PASSWORD_RULE.text })
  @Matches(PASSWORD_RULE.pattern, { message: PASSWORD_RULE.text })
  password: string;

  @ApiProperty({
    example: '13800138000',
    pattern: MOBILE_RULE.pattern.source,
    description: MOBILE_RULE.text,
  })
  @IsString()
  @Matches(MOBILE_RULE.pattern, { message: MOBILE_RULE.text })
  user_mobile: string;
}
