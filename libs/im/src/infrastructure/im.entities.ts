import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A customer-service conversation about one order. */
@Entity({ name: 'im_conversation' })
@Index('IDX_im_conversation_buyer', ['buyerId', 'updatedAt'])
export class ConversationEntity {
  @PrimaryGeneratedColumn({ name: 'conversation_id', type: 'int' })
  conversationId: number;

  @Index('UQ_im_conversation_order', { unique: true })
  @Column({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ name: 'buyer_id', type: 'int' })
  buyerId: number;

  /** OPEN | CLOSED */
  @Column({ type: 'varchar', length: 8, default: 'OPEN' })
  status: string;

  @Column({ name: 'assigned_staff_id', type: 'int', nullable: true })
  assignedStaffId: number | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq: number;

  @Column({ name: 'buyer_read_seq', type: 'int' })
  buyerReadSeq: number;

  @Column({ name: 'staff_read_seq', type: 'int' })
  staffReadSeq: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** One message of a conversation, numbered from 1 without a gap. */
@Entity({ name: 'im_message' })
export class MessageEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'int' })
  conversationId: number;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  /** buyer | staff */
  @Column({ name: 'sender_role', type: 'varchar', length: 8 })
  senderRole: string;

  @Column({ name: 'sender_id', type: 'int' })
  senderId: number;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ name: 'sent_at', type: 'datetime' })
  sentAt: Date;
}

/** The last status change of an order pushed to its buyer (the order of the pushes). */
@Entity({ name: 'im_order_progress' })
export class OrderProgressEntity {
  @PrimaryColumn({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ name: 'last_sequence', type: 'int' })
  lastSequence: number;
}
