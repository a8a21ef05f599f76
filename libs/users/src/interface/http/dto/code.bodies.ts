import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CODE_PATTERN, CODE_RULE } from '@nestmall/verification';
import { MOBILE_RULE, PASSWORD_RULE } from '../../../domain/user.js';
import { RegisterUserBody } from './register-user.body.js';

const MOBILE = {
  example: '13900139000',
  pattern: MOBILE_RULE.pattern.source,
  description: MOBILE_RULE.text,
};
const CODE = {
  example: '042917',
  pattern: CODE_PATTERN.source,
  description: 'The six digits of the SMS (POST /verification/codes sent it)',
};

export class RegisterByCodeBody extends RegisterUserBody {
  @ApiProperty({ ...CODE, description: 'The register_by_mobile code sent to user_mobile' })
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_RULE })
  code: string;
}

export class MobileCodeBody {
  @ApiProperty(MOBILE)
  @IsString()
  @Matches(MOBILE_RULE.pattern, { message: MOBILE_RULE.text })
  user_mobile: string;

  @ApiProperty(CODE)
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_RULE })
  code: string;
}

export class ResetPasswordBody extends MobileCodeBody {
  @ApiProperty({
    example: 'new-horse-battery-7',
    minLength: PASSWORD_RULE.minLength,
    maxLength: PASSWORD_RULE.maxLength,
    format: 'password',
    description: `${PASSWORD_RULE.text.replace(/^password/, 'new_password')}, not a common one`,
  })
  @IsString()
  @MinLength(PASSWORD_RULE.minLength, { message: PASSWORD_RULE.text })
  @MaxLength(PASSWORD_RULE.maxLength, { message: PASSWORD_RULE.text })
  @Matches(PASSWORD_RULE.pattern, { message: PASSWORD_RULE.text })
  new_password: string;
}

export class NewMobileBody {
  @ApiProperty({ ...MOBILE, description: `The new number. ${MOBILE_RULE.text}` })
  @IsString()
  @Matches(MOBILE_RULE.pattern, { message: MOBILE_RULE.text })
  user_mobile: string;
}

export class CodeSentResponse {
  @ApiProperty({ example: 300, description: 'Seconds the code works (once)' })
  expires_in: number;

  @ApiProperty({ example: 60, description: 'Seconds before another code may go to the number' })
  resend_after: number;
}
