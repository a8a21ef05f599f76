import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant } from '../domain/conversation.js';
import { ConversationChangedConcurrentlyError } from '../domain/errors.js';
import { ConversationRepository } from './conversation.repository.js';
import { toMessageView, type MessageView } from './chat-views.js';
import { conversationOf } from './read-conversations.js';

/** Attempts when others post in the same conversation at the same moment. */
const ATTEMPTS = 5;

/**
 * A buyer or a support staff member writes in a conversation: the message takes the next
 * sequence, is stored with its ChatMessagePosted event (the outbox), and the push reaches the
 * buyer's and the staff's connections on every replica from that event.
 */
@Injectable()
export class PostMessage {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(who: ChatParticipant, conversationId: number, body: unknown): Promise<MessageView> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.unitOfWork.run(async () => {
          const conversation = await conversationOf(this.conversations, who, conversationId);
          const message = conversation.post(who, body);
          await this.conversations.save(conversation);
          return toMessageView(message);
        });
      } catch (error) {
        if (!(error instanceof ConversationChangedConcurrentlyError) || attempt >= ATTEMPTS)
          throw error;
      }
    }
  }
}
