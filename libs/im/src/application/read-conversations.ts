import { Injectable } from '@nestjs/common';
import { InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import type { ChatParticipant, Conversation } from '../domain/conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import {
  toConversationView,
  toMessageView,
  type ConversationView,
  type MessageView,
} from './chat-views.js';

/** The most messages one read returns (a client asks again after the last one). */
export const MAX_MESSAGES_PER_READ = 200;

/** The conversation `who` may see. @throws NotFoundError (also for somebody else's) */
export async function conversationOf(
  conversations: ConversationRepository,
  who: ChatParticipant,
  conversationId: number,
): Promise<Conversation> {
  const conversation = await conversations.findById(conversationId);
  if (!conversation) throw new NotFoundError(`conversation ${conversationId} not found`);
  conversation.admit(who);
  return conversation;
}

/**
 * What a participant reads: their conversations (a buyer's own; every one for support staff),
 * one conversation, and its messages after the last sequence the client saw (what a client
 * that reconnects asks for).
 */
@Injectable()
export class ReadConversations {
  constructor(private readonly conversations: ConversationRepository) {}

  async list(who: ChatParticipant, limit = 50): Promise<ConversationView[]> {
    const found = await this.conversations.list(who.role === 'buyer' ? who.id : null, limit);
    return found.map(toConversationView);
  }

  async get(who: ChatParticipant, conversationId: number): Promise<ConversationView> {
    return toConversationView(await conversationOf(this.conversations, who, conversationId));
  }

  async messagesAfter(
    who: ChatParticipant,
    conversationId: number,
    afterSeq: unknown,
    limit = MAX_MESSAGES_PER_READ,
  ): Promise<MessageView[]> {
    if (typeof afterSeq !== 'number' || !Number.isInteger(afterSeq) || afterSeq < 0)
      throw new InvalidArgumentError('after_seq must be an integer >= 0');
    await conversationOf(this.conversations, who, conversationId);
    const messages = await this.conversations.messagesAfter(
      conversationId,
      afterSeq,
      Math.min(Math.max(1, limit), MAX_MESSAGES_PER_READ),
    );
    return messages.map(toMessageView);
  }
}
