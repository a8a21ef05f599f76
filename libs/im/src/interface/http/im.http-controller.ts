import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, PermissionDeniedError } from '@nestmall/platform';
import { AssignConversation } from '../../application/assign-conversation.js';
import { CloseConversation } from '../../application/close-conversation.js';
import { MarkRead } from '../../application/mark-read.js';
import { OpenConversation } from '../../application/open-conversation.js';
import { PostMessage } from '../../application/post-message.js';
import { ReadConversations } from '../../application/read-conversations.js';
import {
  ChatCallerGuard,
  ChatCallers,
  CurrentChatCaller,
  type ChatCaller,
} from '../chat-callers.js';
import {
  AssignBody,
  ConversationIdParams,
  ConversationResponse,
  MessageResponse,
  MessagesQuery,
  OpenConversationBody,
  PostMessageBody,
  ReadBody,
} from './dto/im.dto.js';

/** What changing a conversation (assignment, closing) may answer besides 200. */
const CHANGE_ERRORS = [
  HttpStatus.BAD_REQUEST,
  HttpStatus.FORBIDDEN,
  HttpStatus.NOT_FOUND,
  HttpStatus.CONFLICT,
];

@ApiTags('im')
@ApiBearerAuth()
@ApiErrors(HttpStatus.UNAUTHORIZED, HttpStatus.SERVICE_UNAVAILABLE)
@UseGuards(ChatCallerGuard)
@Controller('im/conversations')
export class ImHttpController {
  constructor(
    private readonly open: OpenConversation,
    private readonly post: PostMessage,
    private readonly markRead: MarkRead,
    private readonly read: ReadConversations,
    private readonly assign: AssignConversation,
    private readonly close: CloseConversation,
    private readonly callers: ChatCallers,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Open the customer-service conversation about one of my orders',
    description:
      "A buyer's access token. The same conversation is answered again if it is open already. " +
      "Another buyer's order (or none) is 404; a staff token is 403 (buyers open them). The " +
      'messages then go through POST .../messages or the WebSocket at /im (docs/im.md).',
  })
  @ApiCreatedResponse({ type: ConversationResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
  async openConversation(
    @CurrentChatCaller() caller: ChatCaller,
    @Body() body: OpenConversationBody,
  ): Promise<ConversationResponse> {
    if (!caller.user) throw new PermissionDeniedError('buyers open conversations, staff answer');
    return this.open.execute(caller.user, body.order_id);
  }

  @Get()
  @ApiOperation({
    summary: 'My conversations (a buyer), or the latest of every buyer (support staff)',
    description: 'A buyer access token, or a staff token whose role holds support:chat.',
  })
  @ApiOkResponse({ type: ConversationResponse, isArray: true })
  @ApiErrors(HttpStatus.FORBIDDEN)
  list(@CurrentChatCaller() caller: ChatCaller): Promise<ConversationResponse[]> {
    return this.read.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One conversation, with its read receipts (not yours: 404)' })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
  get(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
  ): Promise<ConversationResponse> {
    return this.read.get(caller, params.id);
  }

  @Get(':id/messages')
  @ApiOperation({
    summary: 'The messages after the last sequence I saw, in order',
    description: 'What a client that was away asks for (the WebSocket offers chat.sync too).',
  })
  @ApiOkResponse({ type: MessageResponse, isArray: true })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
  messages(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
    @Query() query: MessagesQuery,
  ): Promise<MessageResponse[]> {
    return this.read.messagesAfter(caller, params.id, query.after_seq ?? 0, query.limit);
  }

  @Post(':id/messages')
  @ApiOperation({
    summary: 'Write in a conversation (its buyer, or support staff)',
    description:
      'The message takes the next sequence; the other side is pushed it over the WebSocket.',
  })
  @ApiCreatedResponse({ type: MessageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
  send(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
    @Body() body: PostMessageBody,
  ): Promise<MessageResponse> {
    return this.post.execute(caller, params.id, body.body);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A read receipt: I read every message up to seq',
    description: 'Receipts only move forward; the other side is pushed chat.read.',
  })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)
  markAsRead(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
    @Body() body: ReadBody,
  ): Promise<ConversationResponse> {
    return this.markRead.execute(caller, params.id, body.seq);
  }

  @Post(':id/assignment')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Claim a conversation (support staff), or assign it to a staff member (a supervisor)',
    description:
      'Without staff_id (or with your own) you claim it: 409 when another staff member has it. ' +
      'With another staff_id you need staff:manage (a supervisor; 403 otherwise) and staff_id ' +
      'must hold support:chat (400). A closed conversation is 409. The buyer and the staff are ' +
      'pushed chat.conversation.',
  })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiErrors(...CHANGE_ERRORS)
  async assignTo(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
    @Body() body: AssignBody,
  ): Promise<ConversationResponse> {
    const staffId = await this.callers.assigneeFor(caller, body.staff_id);
    return this.assign.execute(caller, params.id, staffId);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Close a conversation (its buyer, or its support staff)',
    description:
      "Closing a closed one changes nothing. Staff cannot write in it then (409); the buyer's " +
      'next message opens it again. Another staff member than its assignee: 409.',
  })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiErrors(...CHANGE_ERRORS)
  closeConversation(
    @CurrentChatCaller() caller: ChatCaller,
    @Param() params: ConversationIdParams,
  ): Promise<ConversationResponse> {
    return this.close.execute(caller, params.id);
  }
}
