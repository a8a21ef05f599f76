import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { DESTINATION_RULE, PUBLIC_PURPOSES } from '../../../domain/purpose.js';

export class IssueCodeBody {
  @ApiProperty({
    enum: PUBLIC_PURPOSES,
    example: 'register_by_mobile',
    description:
      'What the code is for; it proves nothing else. A mobile change asks for its code at ' +
      'POST /users/me/mobile/code.',
  })
  @IsIn(PUBLIC_PURPOSES, { message: `purpose must be one of ${PUBLIC_PURPOSES.join(', ')}` })
  purpose: string;

  @ApiProperty({
    example: '13800138000',
    maxLength: 254,
    description: `${DESTINATION_RULE}: a mobile number gets an SMS, an address an e-mail (register_by_mobile: a mobile number only)`,
  })
  @IsString()
  @MaxLength(254)
  destination: string;
}

export class IssuedCodeResponse {
  @ApiProperty({ example: 300, description: 'Seconds the code works (once)' })
  expires_in: number;

  @ApiProperty({
    example: 60,
    description: 'Seconds before another code may go to the destination',
  })
  resend_after: number;
}
