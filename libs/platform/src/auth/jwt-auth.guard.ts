import {
  createParamDecorator,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

export interface AuthenticatedUser {
  userId: number;
  userName: string;
}

/** Requires `Authorization: Bearer <access_token>` (from POST /auth/login); 401 otherwise. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException(
        'an access token is required: Authorization: Bearer <access_token>',
      );
    }
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: string; name?: string }>(token);
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || userId < 1) throw new Error('bad subject');
      request.user = { userId, userName: payload.name ?? '' };
      return true;
    } catch {
      throw new UnauthorizedException('the access token is invalid or expired');
    }
  }
}

/** The user JwtAuthGuard authenticated. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
