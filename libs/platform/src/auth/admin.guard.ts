import { createHash, timingSafeEqual } from 'node:crypto';
import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest as Request } from 'fastify';
import type { AppConfig } from '../config/config.schema.js';

/** Admin routes need `X-Admin-Token: <ADMIN_TOKEN>`; with ADMIN_TOKEN unset they are off (403). */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.get('ADMIN_TOKEN', { infer: true });
    if (!expected)
      throw new ForbiddenException('admin routes are off: set ADMIN_TOKEN to enable them');
    const given = context.switchToHttp().getRequest<Request>().headers['x-admin-token'];
    if (typeof given !== 'string' || !sameSecret(given, expected)) {
      throw new UnauthorizedException('X-Admin-Token is missing or wrong');
    }
    return true;
  }
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
