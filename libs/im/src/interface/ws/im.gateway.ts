import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { DomainError } from '@nestmall/platform';
import type { WebSocket, WebSocketServer } from 'ws';
import { AssignConversation } from '../../application/assign-conversation.js';
import { ChatFanout, type Push } from '../../application/chat-fanout.js';
import { CloseConversation } from '../../application/close-conversation.js';
import { MarkRead } from '../../application/mark-read.js';
import { PostMessage } from '../../application/post-message.js';
import { ReadConversations } from '../../application/read-conversations.js';
import { ChatCallers, type ChatCaller } from '../chat-callers.js';

/** The path of the WebSocket on the app's HTTP port. */
export const IM_WS_PATH = '/im';
/** The subprotocol a browser offers with its token: `new WebSocket(url, ['bearer', token])`. */
export const BEARER_SUBPROTOCOL = 'bearer';

type ClientSocket = WebSocket & { chatCaller?: ChatCaller };
type Reply = { event: string; data: unknown };

/**
 * The IM's WebSocket (docs/im.md): the upgrade is refused with 401 (403 for staff without
 * support:chat) unless it carries a buyer's access token or a support staff token, in
 * `Authorization: Bearer <token>` or as the subprotocols `bearer, <token>`. A buyer is pushed
 * their own orders' status changes and their conversations' messages and receipts; support
 * staff every conversation's, and chat.conversation when one is assigned, closed or reopened.
 * Client messages: chat.send, chat.read, chat.sync (the messages after the last sequence it saw,
 * on reconnect), chat.assign (staff: claim, or a supervisor's assignment), chat.close. Served on the HTTP server of the app (the
 * monolith's port, the im-service's PORT) by whichever WebSocket adapter the app set
 * (serveWebSockets: the ws adapter).
 */
@WebSocketGateway({ path: IM_WS_PATH })
export class ImGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('ImGateway');
  private readonly buyers = new Map<number, Set<ClientSocket>>();
  private readonly staff = new Set<ClientSocket>();

  constructor(
    private readonly callers: ChatCallers,
    private readonly fanout: ChatFanout,
    private readonly post: PostMessage,
    private readonly markRead: MarkRead,
    private readonly read: ReadConversations,
    private readonly assign: AssignConversation,
    private readonly close: CloseConversation,
  ) {
    fanout.subscribe((push) => this.deliver(push));
  }

  /** Authenticates the upgrade itself, so a refused client never gets a WebSocket. */
  afterInit(server: WebSocketServer): void {
    const options = server.options;
    options.verifyClient = (
      info: { req: IncomingMessage },
      done: (ok: boolean, code?: number, message?: string) => void,
    ) => {
      this.callers
        .authenticate(tokenOf(info.req))
        .then((caller) => {
          (info.req as IncomingMessage & { chatCaller?: ChatCaller }).chatCaller = caller;
          done(true);
        })
        .catch((error: unknown) => {
          const status =
            error instanceof DomainError && error.code === 'PERMISSION_DENIED' ? 403 : 401;
          if (!(error instanceof DomainError))
            this.logger.warn(`WebSocket refused: ${(error as Error).message}`);
          done(false, status, status === 403 ? 'Forbidden' : 'Unauthorized');
        });
    };
    options.handleProtocols = (protocols: Set<string>) =>
      protocols.has(BEARER_SUBPROTOCOL) ? BEARER_SUBPROTOCOL : false;
  }

  handleConnection(client: ClientSocket, request: IncomingMessage): void {
    const caller = (request as IncomingMessage & { chatCaller?: ChatCaller }).chatCaller;
    if (!caller) {
      client.close(4401, 'unauthenticated');
      return;
    }
    client.chatCaller = caller;
    if (caller.role === 'staff') this.staff.add(client);
    else {
      const sockets = this.buyers.get(caller.id) ?? new Set();
      sockets.add(client);
      this.buyers.set(caller.id, sockets);
    }
    this.send(client, { event: 'ready', data: { role: caller.role, id: caller.id } });
  }

  handleDisconnect(client: ClientSocket): void {
    const caller = client.chatCaller;
    if (!caller) return;
    if (caller.role === 'staff') this.staff.delete(client);
    else {
      const sockets = this.buyers.get(caller.id);
      sockets?.delete(client);
      if (sockets?.size === 0) this.buyers.delete(caller.id);
    }
  }

  @SubscribeMessage('chat.send')
  async sendMessage(
    @ConnectedSocket() client: ClientSocket,
    @MessageBody() data: { conversation_id?: unknown; body?: unknown },
  ): Promise<Reply> {
    return this.answer('chat.sent', async () =>
      this.post.execute(client.chatCaller!, conversationIdOf(data), data?.body),
    );
  }

  @SubscribeMessage('chat.read')
  async readUpTo(
    @ConnectedSocket() client: ClientSocket,
    @MessageBody() data: { conversation_id?: unknown; seq?: unknown },
  ): Promise<Reply> {
    return this.answer('chat.receipt', async () =>
      this.markRead.execute(client.chatCaller!, conversationIdOf(data), data?.seq),
    );
  }

  @SubscribeMessage('chat.sync')
  async sync(
    @ConnectedSocket() client: ClientSocket,
    @MessageBody() data: { conversation_id?: unknown; after_seq?: unknown },
  ): Promise<Reply> {
    return this.answer('chat.missed', async () => {
      const conversationId = conversationIdOf(data);
      const messages = await this.read.messagesAfter(
        client.chatCaller!,
        conversationId,
        data?.after_seq ?? 0,
      );
      return { conversation_id: conversationId, messages };
    });
  }

  @SubscribeMessage('chat.assign')
  async assignTo(
    @ConnectedSocket() client: ClientSocket,
    @MessageBody() data: { conversation_id?: unknown; staff_id?: unknown },
  ): Promise<Reply> {
    return this.answer('chat.assigned', async () => {
      const caller = client.chatCaller!;
      const conversationId = conversationIdOf(data);
      const staffId = await this.callers.assigneeFor(caller, data?.staff_id);
      return this.assign.execute(caller, conversationId, staffId);
    });
  }

  @SubscribeMessage('chat.close')
  async closeConversation(
    @ConnectedSocket() client: ClientSocket,
    @MessageBody() data: { conversation_id?: unknown },
  ): Promise<Reply> {
    return this.answer('chat.closed', async () =>
      this.close.execute(client.chatCaller!, conversationIdOf(data)),
    );
  }

  /** A push from any replica, to the connections of its audience that this replica holds. */
  private deliver(push: Push): void {
    const frame = { event: push.event, data: push.data };
    if (push.audience.buyerId !== null)
      for (const client of this.buyers.get(push.audience.buyerId) ?? []) this.send(client, frame);
    if (push.audience.staff) for (const client of this.staff) this.send(client, frame);
  }

  private send(client: WebSocket, frame: Reply): void {
    if (client.readyState === client.OPEN) client.send(JSON.stringify(frame));
  }

  /** A client message's answer, or `{ event: 'error', data: { code, message } }`. */
  private async answer(event: string, work: () => Promise<unknown>): Promise<Reply> {
    try {
      return { event, data: await work() };
    } catch (error) {
      if (error instanceof DomainError)
        return { event: 'error', data: { code: error.code, message: error.message } };
      this.logger.error(`${event}: ${(error as Error).message}`);
      return { event: 'error', data: { code: 'INTERNAL', message: 'internal error' } };
    }
  }
}

/** The bearer token of an upgrade: the Authorization header, or the `bearer, <token>` subprotocols. */
function tokenOf(req: IncomingMessage): string | undefined {
  if (req.headers.authorization) return req.headers.authorization;
  const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const at = protocols.indexOf(BEARER_SUBPROTOCOL);
  return at >= 0 && protocols[at + 1] ? `Bearer ${protocols[at + 1]}` : undefined;
}

function conversationIdOf(data: { conversation_id?: unknown } | undefined): number {
  const id = data?.conversation_id;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 2_147_483_647)
    throw new InvalidConversationId();
  return id;
}

class InvalidConversationId extends DomainError {
  constructor() {
    super('INVALID_ARGUMENT', 'conversation_id must be an integer >= 1');
  }
}
