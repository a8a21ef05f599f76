import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHAT_CONVERSATION_CHANGED,
  CHAT_MESSAGE_POSTED,
  type ChatConversationChangedPayload,
  CHAT_MESSAGES_READ,
  type ChatMessagePostedPayload,
  type ChatMessagesReadPayload,
} from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { ambientManager } from '@nestmall/platform';
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { ConversationRepository } from '../application/conversation.repository.js';
import { Conversation, type ChatMessage, type ChatRole } from '../domain/conversation.js';
import { ConversationChangedConcurrentlyError } from '../domain/errors.js';
import { ConversationEntity, MessageEntity } from './im.entities.js';

@Injectable()
export class TypeOrmConversationRepository extends ConversationRepository {
  /** MySQL's DATETIME keeps whole seconds; SQLite keeps what it is given. */
  private readonly wholeSeconds: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
    this.wholeSeconds = dataSource.options.type === 'mysql';
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async add(conversation: Conversation): Promise<void> {
    const s = conversation.snapshot();
    const result = await this.manager.insert(ConversationEntity, {
      orderId: s.orderId,
      buyerId: s.buyerId,
      status: s.status,
      assignedStaffId: s.assignedStaffId,
      closedAt: s.closedAt && this.stored(s.closedAt),
      revision: s.revision,
      lastSeq: s.lastSeq,
      buyerReadSeq: s.buyerReadSeq,
      staffReadSeq: s.staffReadSeq,
      createdAt: this.stored(s.createdAt),
      updatedAt: this.stored(s.updatedAt),
    });
    conversation.markStored({ conversationId: Number(result.identifiers[0].conversationId) });
  }

  async save(conversation: Conversation): Promise<void> {
    const s = conversation.snapshot();
    const stored = conversation.storedLastSeq;
    const revision = conversation.storedRevision;
    if (stored === null || revision === null) throw new Error('the conversation was never added');
    const messages = conversation.pullPosted();
    const changes = conversation.pullChanges();
    if (messages.length || changes.length) {
      // The guard: nobody took these sequences, or changed its status or assignee, since it was
      // loaded.
      const result = await this.manager.update(
        ConversationEntity,
        { conversationId: s.conversationId, lastSeq: stored, revision },
        {
          lastSeq: s.lastSeq,
          status: s.status,
          assignedStaffId: s.assignedStaffId,
          closedAt: s.closedAt && this.stored(s.closedAt),
          revision: s.revision,
          updatedAt: this.stored(s.updatedAt),
        },
      );
      if ((result.affected ?? 0) !== 1)
        throw new ConversationChangedConcurrentlyError(s.conversationId);
      if (messages.length)
        await this.manager.insert(
          MessageEntity,
          messages.map((m) => ({ ...m, sentAt: this.stored(m.sentAt) })),
        );
    }
    // Read receipts only move forward, whoever saves last.
    for (const [column, value] of [
      ['buyerReadSeq', s.buyerReadSeq],
      ['staffReadSeq', s.staffReadSeq],
    ] as const)
      if (value > 0)
        await this.manager
          .createQueryBuilder()
          .update(ConversationEntity)
          .set({ [column]: value })
          .where('conversation_id = :id', { id: s.conversationId })
          .andWhere(`${column === 'buyerReadSeq' ? 'buyer_read_seq' : 'staff_read_seq'} < :value`, {
            value,
          })
          .execute();
    const receipts = conversation.pullReceipts();
    conversation.markStored({ conversationId: s.conversationId });
    const about = { conversation_id: s.conversationId, order_id: s.orderId, buyer_id: s.buyerId };
    await this.outbox.append([
      // A reopening comes before the message that caused it.
      ...changes.map((c) => {
        const payload: ChatConversationChangedPayload = {
          ...about,
          change: c.kind,
          status: s.status,
          assigned_staff_id: s.assignedStaffId,
          by_role: c.by.role,
          by_id: c.by.id,
          at: c.at.toISOString(),
        };
        return newEvent(CHAT_CONVERSATION_CHANGED, payload);
      }),
      ...messages.map((m) => {
        const payload: ChatMessagePostedPayload = {
          ...about,
          seq: m.seq,
          sender_role: m.senderRole,
          sender_id: m.senderId,
          body: m.body,
          sent_at: m.sentAt.toISOString(),
        };
        return newEvent(CHAT_MESSAGE_POSTED, payload);
      }),
      ...receipts.map((r) => {
        const payload: ChatMessagesReadPayload = {
          ...about,
          reader_role: r.reader.role,
          reader_id: r.reader.id,
          read_seq: r.readSeq,
        };
        return newEvent(CHAT_MESSAGES_READ, payload);
      }),
    ]);
  }

  async findById(conversationId: number): Promise<Conversation | null> {
    return this.load(await this.manager.findOneBy(ConversationEntity, { conversationId }));
  }

  async findByOrder(orderId: number): Promise<Conversation | null> {
    return this.load(await this.manager.findOneBy(ConversationEntity, { orderId }));
  }

  async list(buyerId: number | null, limit: number): Promise<Conversation[]> {
    const rows = await this.manager.find(ConversationEntity, {
      where: buyerId === null ? {} : { buyerId },
      order: { updatedAt: 'DESC', conversationId: 'DESC' },
      take: limit,
    });
    return rows.map((row) => this.load(row)!);
  }

  async messagesAfter(
    conversationId: number,
    afterSeq: number,
    limit: number,
  ): Promise<ChatMessage[]> {
    const rows = await this.manager.find(MessageEntity, {
      where: { conversationId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({
      conversationId: r.conversationId,
      seq: r.seq,
      senderRole: r.senderRole as ChatRole,
      senderId: r.senderId,
      body: r.body,
      sentAt: r.sentAt,
    }));
  }

  private load(row: ConversationEntity | null): Conversation | null {
    if (!row) return null;
    return Conversation.restore({
      conversationId: row.conversationId,
      orderId: row.orderId,
      buyerId: row.buyerId,
      status: row.status === 'CLOSED' ? 'CLOSED' : 'OPEN',
      assignedStaffId: row.assignedStaffId ?? null,
      closedAt: row.closedAt ?? null,
      revision: row.revision,
      lastSeq: row.lastSeq,
      buyerReadSeq: row.buyerReadSeq,
      staffReadSeq: row.staffReadSeq,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }

  private stored(date: Date): Date {
    if (!this.wholeSeconds) return date;
    return new Date(Math.floor(date.getTime() / 1000) * 1000);
  }
}
