import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { changeConversation } from './change-conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import { toMessageView, type MessageView } from './chat-views.js';

/**
 * A buyer or a support staff member writes in a conversation: the message takes the next
 * sequence, is stored with its ChatMessagePosted event (the outbox), and the push reaches the
 * buyer's and the staff's connections on every replica from that event. A buyer's message opens
 * a closed conversation again (ChatConversationChanged, before the message); staff cannot write
 * in a closed one, nor in one assigned to somebody else (409).
 */
@Injectable()
export class PostMessage {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(who: ChatParticipant, conversationId: number, body: unknown): Promise<MessageView> {
    return changeConversation(this.conversations, this.unitOfWork, who, conversationId, (c) =>
      toMessageView(c.post(who, body)),
    );
  }
}
