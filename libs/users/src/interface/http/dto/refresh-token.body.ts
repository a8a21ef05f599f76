import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { REFRESH_TOKEN_PATTERN } from '../../../application/session-tokens.js';

export class RefreshTokenBody {
  @ApiProperty({
    description: 'The refresh_token of POST /auth/login or POST /auth/refresh',
    pattern: REFRESH_TOKEN_PATTERN.source,
  })
  @IsString()
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'refresh_token must be a refresh token' })
  refresh_token: string;
}
