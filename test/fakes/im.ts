import { ChatFanout, type Push } from '../../libs/im/src/application/chat-fanout.js';
import { ConversationRepository } from '../../libs/im/src/application/conversation.repository.js';
import { OrderProgressRepository } from '../../libs/im/src/application/order-progress.repository.js';
import { Conversation, type ChatMessage } from '../../libs/im/src/domain/conversation.js';
import {
  ConversationChangedConcurrentlyError,
  OrderChangeOutOfOrderError,
} from '../../libs/im/src/domain/errors.js';

/** Conversations and messages in memory, with the repository's optimistic guard. */
export class InMemoryConversations extends ConversationRepository {
  private readonly rows = new Map<number, ReturnType<Conversation['snapshot']>>();
  readonly messages: ChatMessage[] = [];
  /** The events the TypeORM repository would put in the outbox: what was posted and read. */
  readonly published: { type: string; seq: number }[] = [];
  private nextId = 1;

  async add(conversation: Conversation): Promise<void> {
    const s = conversation.snapshot();
    if ([...this.rows.values()].some((r) => r.orderId === s.orderId))
      throw new Error('UNIQUE constraint failed: im_conversation.order_id');
    conversation.markStored({ conversationId: this.nextId++ });
    this.rows.set(conversation.conversationId, conversation.snapshot());
  }

  async save(conversation: Conversation): Promise<void> {
    const row = this.rows.get(conversation.conversationId)!;
    const posted = conversation.pullPosted();
    const changes = conversation.pullChanges();
    if (
      (posted.length || changes.length) &&
      (row.lastSeq !== conversation.storedLastSeq || row.revision !== conversation.storedRevision)
    )
      throw new ConversationChangedConcurrentlyError(conversation.conversationId);
    const s = conversation.snapshot();
    this.rows.set(s.conversationId, {
      ...s,
      buyerReadSeq: Math.max(row.buyerReadSeq, s.buyerReadSeq),
      staffReadSeq: Math.max(row.staffReadSeq, s.staffReadSeq),
      lastSeq: posted.length ? s.lastSeq : row.lastSeq,
    });
    for (const c of changes) this.published.push({ type: c.kind, seq: s.lastSeq });
    this.messages.push(...posted);
    for (const m of posted) this.published.push({ type: 'posted', seq: m.seq });
    for (const r of conversation.pullReceipts())
      this.published.push({ type: 'read', seq: r.readSeq });
    conversation.markStored({ conversationId: s.conversationId });
  }

  async findById(conversationId: number): Promise<Conversation | null> {
    const row = this.rows.get(conversationId);
    return row ? Conversation.restore(row) : null;
  }

  async findByOrder(orderId: number): Promise<Conversation | null> {
    const row = [...this.rows.values()].find((r) => r.orderId === orderId);
    return row ? Conversation.restore(row) : null;
  }

  async list(buyerId: number | null, limit: number): Promise<Conversation[]> {
    return [...this.rows.values()]
      .filter((r) => buyerId === null || r.buyerId === buyerId)
      .slice(0, limit)
      .map((r) => Conversation.restore(r));
  }

  async messagesAfter(conversationId: number, afterSeq: number, limit: number) {
    return this.messages
      .filter((m) => m.conversationId === conversationId && m.seq > afterSeq)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
  }
}

/** The last status change pushed per order, in memory. */
export class InMemoryOrderProgress extends OrderProgressRepository {
  readonly last = new Map<number, number>();

  async advance(orderId: number, _userId: number, sequence: number, acceptGap: boolean) {
    const last = this.last.get(orderId) ?? 0;
    if (sequence <= last) return false;
    if (sequence !== last + 1 && !acceptGap)
      throw new OrderChangeOutOfOrderError(orderId, sequence, last);
    this.last.set(orderId, sequence);
    return true;
  }
}

/** Records every push (one replica). */
export class RecordingChatFanout extends ChatFanout {
  readonly pushes: Push[] = [];
  private readonly listeners: ((push: Push) => void)[] = [];

  async publish(push: Push): Promise<void> {
    this.pushes.push(push);
    for (const l of this.listeners) l(push);
  }

  subscribe(listener: (push: Push) => void): void {
    this.listeners.push(listener);
  }
}
