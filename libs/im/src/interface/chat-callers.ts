import {
  createParamDecorator,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { AdminClient } from '@nestmall/admin';
import {
  AccessTokenAuthenticator,
  PermissionDeniedError,
  UnauthenticatedError,
  type AuthenticatedUser,
} from '@nestmall/platform';
import type { ChatParticipant } from '../domain/conversation.js';

/** Who calls the IM: a buyer (their access token) or a support staff member (a staff token). */
export type ChatCaller = ChatParticipant & { user?: AuthenticatedUser };

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
    return { role: 'staff', id: staff.staff_id };
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
