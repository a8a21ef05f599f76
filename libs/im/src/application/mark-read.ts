import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { changeConversation } from './change-conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import { toConversationView, type ConversationView } from './chat-views.js';

/** A read receipt: `who` read the conversation up to `seq` (ChatMessagesRead tells the other side). */
@Injectable()
export class MarkRead {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(who: ChatParticipant, conversationId: number, seq: unknown): Promise<ConversationView> {
    return changeConversation(this.conversations, this.unitOfWork, who, conversationId, (c) => {
      c.read(who, seq);
      return toConversationView(c);
    });
  }
}
