import { Injectable } from '@nestjs/common';
import { OrdersClient } from '@nestmall/ports/orders';
import { UnitOfWork, type AuthenticatedUser } from '@nestmall/ports/platform';
import { Conversation } from '../domain/conversation.js';
import { ConversationRepository } from './conversation.repository.js';
import { toConversationView, type ConversationView } from './chat-views.js';

/**
 * A buyer opens the conversation about one of their orders (the same one again if it exists).
 * The order is asked of the orders context with the buyer's own token, so another buyer's order
 * is a 404 there and here.
 */
@Injectable()
export class OpenConversation {
  constructor(
    private readonly orders: OrdersClient,
    private readonly conversations: ConversationRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(buyer: AuthenticatedUser, orderId: number): Promise<ConversationView> {
    const order = await this.orders.getOrder(buyer, orderId);
    const existing = await this.conversations.findByOrder(order.order_id);
    if (existing) return toConversationView(existing);
    const conversation = Conversation.open(order.order_id, buyer.userId);
    try {
      await this.unitOfWork.run(() => this.conversations.add(conversation));
      return toConversationView(conversation);
    } catch (error) {
      // Opened twice at once: the other one won; it is the conversation.
      const won = await this.conversations.findByOrder(order.order_id);
      if (won) return toConversationView(won);
      throw error;
    }
  }
}
