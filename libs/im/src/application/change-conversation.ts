import type { UnitOfWork } from '@nestmall/ports/platform';
import type { ChatParticipant, Conversation } from '../domain/conversation.js';
import { ConversationChangedConcurrentlyError } from '../domain/errors.js';
import type { ConversationRepository } from './conversation.repository.js';
import { conversationOf } from './read-conversations.js';

/** Attempts when others change the same conversation at the same moment. */
const ATTEMPTS = 5;

/**
 * Loads the conversation `who` may see, lets `work` change it and saves it, in one unit of work;
 * when somebody else changed it meanwhile (the repository's guard), all of it again.
 */
export async function changeConversation<T>(
  conversations: ConversationRepository,
  unitOfWork: UnitOfWork,
  who: ChatParticipant,
  conversationId: number,
  work: (conversation: Conversation) => T,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await unitOfWork.run(async () => {
        const conversation = await conversationOf(conversations, who, conversationId);
        const result = work(conversation);
        await conversations.save(conversation);
        return result;
      });
    } catch (error) {
      if (!(error instanceof ConversationChangedConcurrentlyError) || attempt >= ATTEMPTS)
        throw error;
    }
  }
}
