import {
  createParamDecorator,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import type { FastifyRequest as Request } from 'fastify';
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

/**
 * JwtAuthGuard for a route a guest may use too (the cart): a call that carries an access token
 * must carry a valid one (401 / UNAUTHENTICATED otherwise) and acts for its user; a call without
 * one passes, with no user (OptionalCurrentUser is then undefined).
 */
@Injectable()
export class OptionalJwtAuthGuard extends JwtAuthGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const token =
      context.getType() === 'rpc'
        ? context.switchToRpc().getContext<Metadata>().get('authorization')[0]
        : context.switchToHttp().getRequest<Request>().headers.authorization;
    return token === undefined ? true : super.canActivate(context);
  }
}

function authenticatedUser(context: ExecutionContext): AuthenticatedUser | undefined {
  return context.getType() === 'rpc'
    ? grpcCallers.get(context.switchToRpc().getContext<Metadata>())
    : context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
}

/** The user JwtAuthGuard authenticated, in an HTTP or a gRPC handler. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = authenticatedUser(context);
    if (!user) throw new Error('CurrentUser needs JwtAuthGuard on the handler');
    return user;
  },
);

/** The user OptionalJwtAuthGuard authenticated, or undefined for a call without a token. */
export const OptionalCurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    authenticatedUser(context),
);

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Buffer.isBuffer(value) ? value.toString('utf8') : undefined;
}
