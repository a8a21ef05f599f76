import { Body, Controller, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { VerificationClient } from '../../client/verification.client.js';
import { IssueCodeBody, IssuedCodeResponse } from './dto/issue-code.body.js';

@ApiTags('verification')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('verification')
export class VerificationHttpController {
  constructor(private readonly verification: VerificationClient) {}

  @Post('codes')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Send a six-digit code by SMS (mobile number) or e-mail (address)',
    description:
      'The code is sent once, through the outbox, and never appears in an answer. It works ' +
      'once, for VERIFICATION_CODE_TTL_SECONDS, and for VERIFICATION_MAX_ATTEMPTS attempts; a ' +
      'new code replaces the last one. 429 during the resend cooldown and past the hourly ' +
      'limits per destination and per client address. The answer is the same whether or not ' +
      'an account holds the destination.',
  })
  @ApiAcceptedResponse({ type: IssuedCodeResponse, description: 'The code is on its way' })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.TOO_MANY_REQUESTS)
  issue(@Body() body: IssueCodeBody, @Ip() clientAddress: string): Promise<IssuedCodeResponse> {
    return this.verification.issueCode({ ...body, clientAddress });
  }
}
