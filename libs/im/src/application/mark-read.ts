import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { ConversationChangedConcurrentlyError } from '../domain/errors.js';
import { ConversationRepository } from './conversation.repository.js';
import { toConversationView, type ConversationView } from './chat-views.js';
import { conversationOf } from './read-conversations.js';

/** A read receipt: `who` read the conversation up to `seq` (ChatMessagesRead tells the other side). */
@Injectable()
export class MarkRead {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    who: ChatParticipant,
    conversationId: number,
    seq: unknown,
  ): Promise<ConversationView> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.unitOfWork.run(async () => {
          const conversation = await conversationOf(this.conversations, who, conversationId);
          if (conversation.read(who, seq)) await this.conversations.save(conversation);
          return toConversationView(conversation);
        });
      } catch (error) {
        if (!(error instanceof ConversationChangedConcurrentlyError) || attempt >= 5) throw error;
      }
    }
  }
}
