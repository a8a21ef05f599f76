import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { changeConversation } from './change-conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import { toConversationView, type ConversationView } from './chat-views.js';

/**
 * Its buyer, or its support staff, closes a conversation (closing a closed one changes nothing).
 * ChatConversationChanged tells both sides; the buyer's next message opens it again.
 */
@Injectable()
export class CloseConversation {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(who: ChatParticipant, conversationId: number): Promise<ConversationView> {
    return changeConversation(this.conversations, this.unitOfWork, who, conversationId, (c) => {
      c.close(who);
      return toConversationView(c);
    });
  }
}
