import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { ServiceApp } from './service-identity.js';
import { CALLABLE_BY, ServiceIdentityGuard } from './service-identity.guard.js';

/**
 * A service-only RPC: only these apps may call it, proved by their client certificate (mutual
 * TLS). Anyone else gets PERMISSION_DENIED, a caller without a certificate UNAUTHENTICATED.
 * Other guards (a user's token) may stack on the same handler.
 */
export function CallableBy(...apps: [ServiceApp, ...ServiceApp[]]): MethodDecorator {
  return applyDecorators(SetMetadata(CALLABLE_BY, apps), UseGuards(ServiceIdentityGuard));
}
