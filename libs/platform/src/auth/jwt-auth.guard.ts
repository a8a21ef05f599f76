import {
  createParamDecorator,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import type { Request } from 'express';
import { AccessTokenAuthenticator } from './access-token-authenticator.js';
import type { AuthenticatedUser } from './access-tokens.js';

/** The users the gRPC guard authenticated, by the call's metadata object (one per call). */
const grpcCallers = new WeakMap<Metadata, AuthenticatedUser>();

/**
 * Requires an end user's access token: `Authorization: Bearer <access_token>` on an HTTP route
 * (from POST /auth/login), or the same `authorization` metadata on a gRPC method (the gateway
 * forwards the caller's token). 401 / UNAUTHENTICATED otherwise. Service identity (mutual TLS)
 * is a separate concern and guard.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly authenticator: AccessTokenAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() === 'rpc') {
      const metadata = context.switchToRpc().getContext<Metadata>();
      const [value] = metadata.get('authorization');
      grpcCallers.set(metadata, await this.authenticator.authenticate(asString(value)));
      return true;
    }
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    request.user = await this.authenticator.authenticate(request.headers.authorization);
    return true;
  }
}

/** The user JwtAuthGuard authenticated, in an HTTP or a gRPC handler. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user =
      context.getType() === 'rpc'
        ? grpcCallers.get(context.switchToRpc().getContext<Metadata>())
        : context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) throw new Error('CurrentUser needs JwtAuthGuard on the handler');
    return user;
  },
);

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Buffer.isBuffer(value) ? value.toString('utf8') : undefined;
}
