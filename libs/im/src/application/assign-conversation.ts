import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { changeConversation } from './change-conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import { toConversationView, type ConversationView } from './chat-views.js';

/**
 * A support staff member claims a conversation (`staffId` null: themselves), or a supervisor
 * gives it to `staffId` (the interface checked the supervisor's permission and that `staffId` is
 * support staff). ChatConversationChanged tells the buyer and the staff on every replica.
 */
@Injectable()
export class AssignConversation {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(
    who: ChatParticipant,
    conversationId: number,
    staffId: number | null,
  ): Promise<ConversationView> {
    return changeConversation(this.conversations, this.unitOfWork, who, conversationId, (c) => {
      if (staffId === null) c.claim(who);
      else c.assign(who, staffId);
      return toConversationView(c);
    });
  }
}
