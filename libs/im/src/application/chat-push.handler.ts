import { Injectable } from '@nestjs/common';
import {
  CHAT_MESSAGE_POSTED,
  CHAT_MESSAGES_READ,
  CONSUMERS,
  type ChatMessagePostedPayload,
  type ChatMessagesReadPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { ChatFanout } from './chat-fanout.js';

type ChatPayload = ChatMessagePostedPayload | ChatMessagesReadPayload;

/**
 * Pushes what happened in a conversation (a message, a read receipt) to its buyer's and to the
 * support staff's connections, on every replica (ChatFanout). A message pushed twice (the bus
 * delivers at least once) carries the same sequence, which clients keep once.
 */
@Injectable()
export class ChatPushHandler extends IntegrationEventHandler<ChatPayload> {
  readonly consumer = CONSUMERS.imChat;
  readonly types = [CHAT_MESSAGE_POSTED, CHAT_MESSAGES_READ];

  constructor(
    bus: EventBus,
    private readonly fanout: ChatFanout,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<ChatPayload>): Promise<void> {
    const { buyer_id: buyerId, conversation_id: conversationId } = event.payload;
    if (!Number.isInteger(buyerId) || !Number.isInteger(conversationId))
      throw new Error(`${this.consumer}: ${event.type} ${event.id} is not a chat event`);
    await this.fanout.publish({
      event: event.type === CHAT_MESSAGE_POSTED ? 'chat.message' : 'chat.read',
      audience: { buyerId, staff: true },
      data: { ...event.payload },
    });
  }
}
