import type { Metadata } from '@grpc/grpc-js';
import type { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '@nestmall/platform';

/**
 * The user id an access token in the call's `authorization: Bearer <token>` metadata was issued
 * for (the gateway forwards the end user's token). UNAUTHENTICATED without a valid one.
 */
export async function bearerSubject(metadata: Metadata, jwt: JwtService): Promise<number> {
  const [scheme, token] = String(metadata.get('authorization')[0] ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new UnauthenticatedError('an access token is required: authorization: Bearer <token>');
  }
  const payload = await jwt.verifyAsync<{ sub?: string }>(token).catch(() => {
    throw new UnauthenticatedError('the access token is invalid or expired');
  });
  const userId = Number(payload.sub);
  if (!Number.isInteger(userId) || userId < 1) {
    throw new UnauthenticatedError('the access token is invalid or expired');
  }
  return userId;
}
