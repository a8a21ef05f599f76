import type { ChatMessage, Conversation } from '../domain/conversation.js';

export interface ConversationView {
  conversation_id: number;
  order_id: number;
  buyer_id: number;
  status: string;
  assigned_staff_id: number | null;
  closed_at: string | null;
  last_seq: number;
  buyer_read_seq: number;
  staff_read_seq: number;
  created_at: string;
  updated_at: string;
}

export interface MessageView {
  conversation_id: number;
  seq: number;
  sender_role: string;
  sender_id: number;
  body: string;
  sent_at: string;
}

export function toConversationView(c: Conversation): ConversationView {
  const s = c.snapshot();
  return {
    conversation_id: s.conversationId,
    order_id: s.orderId,
    buyer_id: s.buyerId,
    status: s.status,
    assigned_staff_id: s.assignedStaffId,
    closed_at: s.closedAt?.toISOString() ?? null,
    last_seq: s.lastSeq,
    buyer_read_seq: s.buyerReadSeq,
    staff_read_seq: s.staffReadSeq,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

export function toMessageView(m: ChatMessage): MessageView {
  return {
    conversation_id: m.conversationId,
    seq: m.seq,
    sender_role: m.senderRole,
    sender_id: m.senderId,
    body: m.body,
    sent_at: m.sentAt.toISOString(),
  };
}
