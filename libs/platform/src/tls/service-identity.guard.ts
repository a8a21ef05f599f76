import { Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PermissionDeniedError, UnauthenticatedError } from '../errors/domain-error.js';
import { GrpcTls } from './grpc-tls.js';
import { serviceIdentityOf, type AuthContext, type ServiceApp } from './service-identity.js';

export const CALLABLE_BY = 'nestmall:callable-by';

interface GrpcCall {
  getAuthContext?: () => AuthContext;
  getPath?: () => string;
}

/** The caller check of @CallableBy: the app named by the client certificate must be listed. */
@Injectable()
export class ServiceIdentityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    // Absent only where no app composed GrpcTlsModule (a unit test): then TLS counts as on.
    @Optional() private readonly tls?: GrpcTls,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.get<ServiceApp[] | undefined>(CALLABLE_BY, context.getHandler());
    if (!allowed || context.getType() !== 'rpc') return true;
    // GRPC_TLS=off: nobody can be told apart, and the app warned at start that all answer anyone.
    if (this.tls && !this.tls.enabled) return true;
    const call = context.getArgByIndex<GrpcCall | undefined>(2);
    const what = call?.getPath?.() ?? context.getHandler().name;
    authorizeCaller(allowed, serviceIdentityOf(call?.getAuthContext?.()), what);
    return true;
  }
}

/** Throws unless `caller` is one of `allowed`; `what` names the RPC in the message. */
export function authorizeCaller(
  allowed: readonly ServiceApp[],
  caller: ServiceApp | null,
  what: string,
): void {
  const who = allowed.join(' or ');
  if (!caller) throw new UnauthenticatedError(`${what} needs the client certificate of ${who}`);
  if (!allowed.includes(caller))
    throw new PermissionDeniedError(`${what} may be called by ${who} only, not by ${caller}`);
}
