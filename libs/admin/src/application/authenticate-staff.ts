import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@nestmall/ports/platform';
import { StaffRepository } from '../domain/staff.repository.js';
import { StaffTokens } from './staff-tokens.js';
import { toStaffView, type StaffView } from './staff-view.js';

/**
 * `Bearer <staff access token>` -> the staff member it was issued to, with the permissions of the
 * role they hold now (read on every call: a changed role counts at once).
 */
@Injectable()
export class AuthenticateStaff {
  constructor(
    private readonly tokens: StaffTokens,
    private readonly staff: StaffRepository,
  ) {}

  /** @throws UnauthenticatedError */
  async execute(authorization: string | undefined): Promise<StaffView> {
    const member = await this.staff.findById(
      await this.tokens.verify(staffBearerToken(authorization)),
    );
    if (!member) throw new UnauthenticatedError('the staff access token is invalid or expired');
    return toStaffView(member);
  }
}

/**
 * The token of an `Authorization: Bearer <token>` header (the scheme in any case, RFC 7235).
 * @throws UnauthenticatedError when there is none
 */
export function staffBearerToken(authorization: string | undefined): string {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  if (!match)
    throw new UnauthenticatedError(
      'a staff access token is required: Authorization: Bearer <access_token> of POST /admin/auth/login',
    );
  return match[1];
}
