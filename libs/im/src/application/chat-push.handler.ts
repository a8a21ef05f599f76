import { Injectable } from '@nestjs/common';
import {
  CHAT_CONVERSATION_CHANGED,
  CHAT_MESSAGE_POSTED,
  CHAT_MESSAGES_READ,
  CONSUMERS,
  type ChatConversationChangedPayload,
  type ChatMessagePostedPayload,
  type ChatMessagesReadPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { ChatFanout } from './chat-fanout.js';

type ChatPayload =
  ChatMessagePostedPayload | ChatMessagesReadPayload | ChatConversationChangedPayload;

const PUSHES = {
  [CHAT_MESSAGE_POSTED]: 'chat.message',
  [CHAT_MESSAGES_READ]: 'chat.read',
  [CHAT_CONVERSATION_CHANGED]: 'chat.conversation',
} as const;

/**
 * Pushes what happened in a conversation (a message, a read receipt, its assignment, closing or
 * reopening) to its buyer's and to the
 * support staff's connections, on every replica (ChatFanout). A message pushed twice (the bus
 * delivers at least once) carries the same sequence, which clients keep once.
 */
@Injectable()
export class ChatPushHandler extends IntegrationEventHandler<ChatPayload> {
  readonly consumer = CONSUMERS.imChat;
  readonly types = Object.keys(PUSHES);

  constructor(
    bus: EventBus,
    private readonly fanout: ChatFanout,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<ChatPayload>): Promise<void> {
    const { buyer_id: buyerId, conversation_id: conversationId } = event.payload;
    const push = PUSHES[event.type as keyof typeof PUSHES];
    if (!push || !Number.isInteger(buyerId) || !Number.isInteger(conversationId))
      throw new Error(`${this.consumer}: ${event.type} ${event.id} is not a chat event`);
    await this.fanout.publish({
      event: push,
      audience: { buyerId, staff: true },
      data: { ...event.payload },
    });
  }
}
