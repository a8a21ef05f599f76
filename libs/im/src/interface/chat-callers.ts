import {
  createParamDecorator,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { AdminClient, type StaffCaller } from '@nestmall/admin';
import {
  AccessTokenAuthenticator,
  InvalidArgumentError,
  PermissionDeniedError,
  UnauthenticatedError,
  type AuthenticatedUser,
} from '@nestmall/platform';
import type { ChatParticipant } from '../domain/conversation.js';

/** Who calls the IM: a buyer (their access token) or a support staff member (a staff token). */
export type ChatCaller = ChatParticipant & { user?: AuthenticatedUser; staff?: StaffCaller };

/**
 * The permission of a support supervisor, who assigns conversations to other staff members: the
 * one that manages staff (the admin role), which also lets the IM list the staff to check the
 * assignee.
 */
export const SUPERVISOR_PERMISSION = 'staff:manage';

/**
 * Authenticates an `Authorization: Bearer <token>` for the IM's routes and its WebSocket: a
 * buyer's access token as JwtAuthGuard verifies it (the issuer's JWKS, the user still active), or
 * else a staff token as the admin context's StaffGuard does (AdminClient), whose role must hold
 * support:chat. 401 without a valid token of either kind, 403 for staff without the permission.
 */
@Injectable()
export class ChatCallers {
  constructor(
    private readonly tokens: AccessTokenAuthenticator,
    private readonly admin: AdminClient,
  ) {}

  async authenticate(authorization: string | undefined): Promise<ChatCaller> {
    if (!/^Bearer +\S+ *$/i.test(authorization ?? ''))
      throw new UnauthenticatedError(
        'an access token is required: Authorization: Bearer <access_token>',
      );
    try {
      const user = await this.tokens.authenticate(authorization);
      return { role: 'buyer', id: user.userId, user };
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
    }
    const staff = await this.admin.authenticate(authorization);
    if (!staff.permissions.includes('support:chat'))
      throw new PermissionDeniedError(
        `this needs the support:chat permission (role ${staff.role})`,
      );
    const accessToken = authorization!.replace(/^Bearer +/i, '').trim();
    return { role: 'staff', id: staff.staff_id, staff: { staff, accessToken } };
  }

  /**
   * The staff member a conversation may be given to by `caller`: null for a claim (`staffId`
   * absent, or their own id from a non-supervisor), or, for a supervisor only, any staff member
   * whose role holds support:chat (themselves included: a supervisor takes it over). @throws PermissionDeniedError (a buyer; staff assigning others without
   * staff:manage); InvalidArgumentError naming staff_id when it is no support staff member
   */
  async assigneeFor(caller: ChatCaller, staffId: unknown): Promise<number | null> {
    if (caller.role !== 'staff' || !caller.staff)
      throw new PermissionDeniedError('support staff take conversations, buyers do not');
    if (staffId === undefined || staffId === null) return null;
    if (typeof staffId !== 'number' || !Number.isInteger(staffId) || staffId < 1)
      throw new InvalidArgumentError('staff_id must be an integer >= 1');
    const supervisor = caller.staff.staff.permissions.includes(SUPERVISOR_PERMISSION);
    if (staffId === caller.id && !supervisor) return null;
    if (!supervisor)
      throw new PermissionDeniedError(
        `assigning a conversation to somebody else needs ${SUPERVISOR_PERMISSION} (a supervisor)`,
      );
    const assignee = (await this.admin.listStaff(caller.staff)).find((s) => s.staff_id === staffId);
    if (!assignee?.permissions.includes('support:chat'))
      throw new InvalidArgumentError(
        `staff_id ${staffId} is not a staff member whose role holds support:chat`,
      );
    return staffId;
  }
}

/** The IM's HTTP routes: a buyer or a support staff member (ChatCallers). */
@Injectable()
export class ChatCallerGuard implements CanActivate {
  constructor(private readonly callers: ChatCallers) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: { authorization?: string }; chatCaller?: ChatCaller }>();
    request.chatCaller = await this.callers.authenticate(request.headers.authorization);
    return true;
  }
}

/** The caller ChatCallerGuard authenticated. */
export const CurrentChatCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ChatCaller => {
    const caller = context.switchToHttp().getRequest<{ chatCaller?: ChatCaller }>().chatCaller;
    if (!caller) throw new Error('CurrentChatCaller needs ChatCallerGuard on the handler');
    return caller;
  },
);
