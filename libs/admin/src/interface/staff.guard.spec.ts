import { Metadata } from '@grpc/grpc-js';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PermissionDeniedError, UnauthenticatedError } from '@nestmall/ports/platform';
import type { StaffView } from '../application/staff-view.js';
import { AdminClient } from '../client/admin.client.js';
import { StaffGuard, StaffOnly } from './staff.guard.js';

const MERCH: StaffView = {
  staff_id: 2,
  email: 'merch@nestmall.example',
  name: 'Merch',
  role: 'merchandiser',
  permissions: ['product:write', 'stock:write'],
  created_at: '2026-11-30T00:00:00.000Z',
};

/** Knows one token, `good`, of the merchandiser; counts the questions asked. */
class FakeAdmin {
  asked = 0;
  async authenticate(authorization: string | undefined): Promise<StaffView> {
    this.asked++;
    if (authorization !== 'Bearer good') throw new UnauthenticatedError('invalid or expired');
    return MERCH;
  }
}

class Routes {
  @StaffOnly('audit:read')
  audit(this: void): void {}

  @StaffOnly('stock:write')
  stock(this: void): void {}

  @StaffOnly()
  me(this: void): void {}
}

function http(handler: keyof Routes, authorization?: string) {
  const request: Record<string, unknown> = { headers: authorization ? { authorization } : {} };
  const context = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[handler],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

function rpc(handler: keyof Routes, authorization?: string) {
  const metadata = new Metadata();
  if (authorization) metadata.set('authorization', authorization);
  return {
    getType: () => 'rpc',
    getHandler: () => Routes.prototype[handler],
    switchToRpc: () => ({ getContext: () => metadata }),
  } as unknown as ExecutionContext;
}

describe('StaffGuard', () => {
  const admin = new FakeAdmin();
  const guard = new StaffGuard(admin as unknown as AdminClient, new Reflector());
  beforeEach(() => (admin.asked = 0));

  it('refuses a request without a Bearer token without asking the admin context', async () => {
    await expect(guard.canActivate(http('me').context)).rejects.toThrow(
      /staff access token is required/,
    );
    await expect(guard.canActivate(http('me', 'Basic x').context)).rejects.toThrow(
      UnauthenticatedError,
    );
    await expect(guard.canActivate(rpc('me'))).rejects.toThrow(UnauthenticatedError);
    expect(admin.asked).toBe(0);
  });

  it('refuses a token the admin context does not know (a buyer token, say)', async () => {
    await expect(guard.canActivate(http('me', 'Bearer buyer').context)).rejects.toThrow(
      UnauthenticatedError,
    );
  });

  it('refuses a staff member without the permission, naming it, on HTTP and gRPC', async () => {
    await expect(guard.canActivate(http('audit', 'Bearer good').context)).rejects.toThrow(
      new PermissionDeniedError('this needs the audit:read permission (role merchandiser)'),
    );
    await expect(guard.canActivate(rpc('audit', 'Bearer good'))).rejects.toThrow(
      PermissionDeniedError,
    );
  });

  it('lets a staff member with the permission through and keeps who they are', async () => {
    const { context, request } = http('stock', 'Bearer good');
    expect(await guard.canActivate(context)).toBe(true);
    expect(request.staffCaller).toEqual({ staff: MERCH, accessToken: 'good' });
    expect(await guard.canActivate(rpc('stock', 'Bearer good'))).toBe(true);
    // Any staff member, when the route names no permission.
    expect(await guard.canActivate(http('me', 'Bearer good').context)).toBe(true);
  });
});
