import type { Metadata } from '@grpc/grpc-js';
import {
  applyDecorators,
  createParamDecorator,
  HttpStatus,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors, PermissionDeniedError, STAFF_BEARER_SECURITY } from '@nestmall/platform';
import { staffBearerToken } from '../application/authenticate-staff.js';
import type { Permission } from '../domain/roles.js';
import { AdminClient, type StaffCaller } from '../client/admin.client.js';

const REQUIRED_PERMISSION = Symbol('REQUIRED_PERMISSION');
/** The staff callers the gRPC guard authenticated, by the call's metadata object (one per call). */
const grpcCallers = new WeakMap<Metadata, StaffCaller>();

/**
 * Requires a staff access token (`Authorization: Bearer <token>` on HTTP, the same `authorization`
 * metadata on gRPC) whose staff member's role holds `permission` now: 401 / UNAUTHENTICATED
 * without a valid staff token (a buyer's token included), 403 / PERMISSION_DENIED without the
 * permission. The staff member is asked of the admin context through AdminClient, so the REST
 * edge and the admin service apply the same check.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly admin: AdminClient,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.get<Permission | undefined>(
      REQUIRED_PERMISSION,
      context.getHandler(),
    );
    let authorization: string | undefined;
    let remember: (caller: StaffCaller) => void;
    if (context.getType() === 'rpc') {
      const metadata = context.switchToRpc().getContext<Metadata>();
      authorization = asString(metadata.get('authorization')[0]);
      remember = (caller) => grpcCallers.set(metadata, caller);
    } else {
      const request = context.switchToHttp().getRequest<{
        headers: { authorization?: string };
        staffCaller?: StaffCaller;
      }>();
      authorization = request.headers.authorization;
      remember = (caller) => (request.staffCaller = caller);
    }
    // No token at all is refused here, without asking the admin context (which may be remote).
    const accessToken = staffBearerToken(authorization);
    const staff = await this.admin.authenticate(authorization);
    if (permission && !staff.permissions.includes(permission))
      throw new PermissionDeniedError(
        `this needs the ${permission} permission (role ${staff.role})`,
      );
    remember({ staff, accessToken });
    return true;
  }
}

/**
 * A back-office route or RPC: a staff token, with `permission` when given (any staff member
 * otherwise). Documents the staff bearer scheme and the 401/403 answers.
 */
export function StaffOnly(permission?: Permission): MethodDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    UseGuards(StaffGuard),
    ApiBearerAuth(STAFF_BEARER_SECURITY),
    ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN),
  );
}

/** The staff member StaffGuard authenticated, in an HTTP or a gRPC handler. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffCaller => {
    const caller =
      context.getType() === 'rpc'
        ? grpcCallers.get(context.switchToRpc().getContext<Metadata>())
        : context.switchToHttp().getRequest<{ staffCaller?: StaffCaller }>().staffCaller;
    if (!caller) throw new Error('CurrentStaff needs StaffOnly on the handler');
    return caller;
  },
);

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Buffer.isBuffer(value) ? value.toString('utf8') : undefined;
}
