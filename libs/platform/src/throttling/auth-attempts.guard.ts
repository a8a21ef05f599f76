import { applyDecorators, Injectable, UseGuards, type ExecutionContext } from '@nestjs/common';
import type { ThrottlerLimitDetail } from '@nestjs/throttler';
import { SkipThrottle, ThrottlerGuard } from './nestjs-throttler.js';
import { TooManyRequestsError } from '../errors/domain-error.js';

/** The named throttlers of ThrottlingModule. */
export const ADDRESS_THROTTLER = 'address';
export const ACCOUNT_THROTTLER = 'account';

/**
 * ThrottlerGuard answering in our terms: a TooManyRequestsError, which the exception filter
 * turns into 429 with a plain `Retry-After` (the library would name it `Retry-After-<throttler>`)
 * and the one error format. The message does not say which limit was hit.
 */
@Injectable()
export class AuthAttemptsGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new TooManyRequestsError(`too many attempts: try again in ${seconds} s`, seconds);
  }
}

/**
 * Limits a route's attempts per client address and, with `perAccount`, per `user_name` of the
 * body as well (log-in counts its failures per account in the use case instead, where a
 * success can reset them).
 */
export function LimitAttempts(options: { perAccount: boolean }): MethodDecorator {
  const guard = UseGuards(AuthAttemptsGuard);
  return options.perAccount
    ? applyDecorators(guard)
    : applyDecorators(guard, SkipThrottle({ [ACCOUNT_THROTTLER]: true }));
}
