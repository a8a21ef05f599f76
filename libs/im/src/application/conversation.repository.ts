import type { ChatMessage, Conversation } from '../domain/conversation.js';

/** Where conversations and their messages are kept (TypeORM: infrastructure/). */
export abstract class ConversationRepository {
  /** Stores a new conversation (one per order: a second one for the same order loses). */
  abstract add(conversation: Conversation): Promise<void>;
  /**
   * Stores its new messages and read receipts if nobody else posted since it was loaded.
   * @throws ConversationChangedConcurrentlyError otherwise (the use case loads it again)
   */
  abstract save(conversation: Conversation): Promise<void>;
  abstract findById(conversationId: number): Promise<Conversation | null>;
  abstract findByOrder(orderId: number): Promise<Conversation | null>;
  /** A buyer's conversations, or (buyerId null) everybody's, newest activity first. */
  abstract list(buyerId: number | null, limit: number): Promise<Conversation[]>;
  /** Its messages with a sequence above `afterSeq`, in order, at most `limit`. */
  abstract messagesAfter(
    conversationId: number,
    afterSeq: number,
    limit: number,
  ): Promise<ChatMessage[]>;
}
