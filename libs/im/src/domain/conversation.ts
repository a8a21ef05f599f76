import { InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';

/** Who takes part in a conversation: its buyer, or a staff member with the support role. */
export type ChatRole = 'buyer' | 'staff';

/** Someone proved by a token (the buyer's access token, or a support staff token). */
export interface ChatParticipant {
  role: ChatRole;
  id: number;
}

/** The longest message body, in characters. */
export const MAX_BODY_LENGTH = 2000;

export interface ChatMessage {
  conversationId: number;
  /** 1, 2, 3, ...: the order of the conversation's messages, with no gap. */
  seq: number;
  senderRole: ChatRole;
  senderId: number;
  body: string;
  sentAt: Date;
}

/** `reader` read every message up to `readSeq`. */
export interface ReadReceipt {
  reader: ChatParticipant;
  readSeq: number;
}

export interface ConversationSnapshot {
  conversationId: number;
  orderId: number;
  buyerId: number;
  /** The sequence of its last message (0: none yet). */
  lastSeq: number;
  /** Read receipts: every message up to this sequence was read by the buyer / by the staff. */
  buyerReadSeq: number;
  staffReadSeq: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A customer-service conversation about one order: its buyer and the support staff write in it.
 * Each message takes the next sequence (the repository stores it only if nobody else took it:
 * `storedLastSeq` is the optimistic guard); each side's read receipt only moves forward, and
 * never past the last message.
 */
export class Conversation {
  private readonly posted: ChatMessage[] = [];
  private readonly receipts: ReadReceipt[] = [];
  private stored: number | null;

  private constructor(
    private state: ConversationSnapshot,
    stored: boolean,
  ) {
    this.stored = stored ? state.lastSeq : null;
  }

  /** A new conversation of `buyerId` about their order `orderId` (its owner was checked). */
  static open(orderId: number, buyerId: number, now = new Date()): Conversation {
    return new Conversation(
      {
        conversationId: 0,
        orderId,
        buyerId,
        lastSeq: 0,
        buyerReadSeq: 0,
        staffReadSeq: 0,
        createdAt: now,
        updatedAt: now,
      },
      false,
    );
  }

  static restore(snapshot: ConversationSnapshot): Conversation {
    return new Conversation({ ...snapshot }, true);
  }

  get conversationId(): number {
    return this.state.conversationId;
  }
  get orderId(): number {
    return this.state.orderId;
  }
  get buyerId(): number {
    return this.state.buyerId;
  }
  get lastSeq(): number {
    return this.state.lastSeq;
  }
  /** The last sequence the database holds (null: not stored yet). */
  get storedLastSeq(): number | null {
    return this.stored;
  }

  snapshot(): ConversationSnapshot {
    return { ...this.state };
  }

  /**
   * Whether `who` may read and write here: its buyer, or any support staff member. Anyone else
   * is told it does not exist (404), as for an order that is not theirs.
   * @throws NotFoundError
   */
  admit(who: ChatParticipant): void {
    if (who.role === 'staff') return;
    if (who.id !== this.state.buyerId)
      throw new NotFoundError(`conversation ${this.state.conversationId} not found`);
  }

  /** @throws InvalidArgumentError naming `body` when it is empty or too long */
  post(who: ChatParticipant, body: unknown, now = new Date()): ChatMessage {
    this.admit(who);
    if (typeof body !== 'string' || body.trim().length === 0)
      throw new InvalidArgumentError('body must be a non-empty string');
    if (body.length > MAX_BODY_LENGTH)
      throw new InvalidArgumentError(`body must be at most ${MAX_BODY_LENGTH} characters`);
    const message: ChatMessage = {
      conversationId: this.state.conversationId,
      seq: this.state.lastSeq + 1,
      senderRole: who.role,
      senderId: who.id,
      body,
      sentAt: now,
    };
    this.state.lastSeq = message.seq;
    this.state.updatedAt = now;
    // The sender has read what they answered.
    this.markReadBy(who.role, message.seq);
    this.posted.push(message);
    return message;
  }

  /**
   * `who` read every message up to `seq`. Returns false when that changes nothing (an older or
   * repeated receipt).
   * @throws InvalidArgumentError naming `seq` past the last message
   */
  read(who: ChatParticipant, seq: unknown): boolean {
    this.admit(who);
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0)
      throw new InvalidArgumentError('seq must be an integer >= 0');
    if (seq > this.state.lastSeq)
      throw new InvalidArgumentError(
        `seq must be at most ${this.state.lastSeq} (the last message)`,
      );
    if (!this.markReadBy(who.role, seq)) return false;
    this.receipts.push({ reader: who, readSeq: seq });
    return true;
  }

  readSeqOf(role: ChatRole): number {
    return role === 'buyer' ? this.state.buyerReadSeq : this.state.staffReadSeq;
  }

  /** The messages posted since it was loaded (the repository stores them). */
  pullPosted(): ChatMessage[] {
    return this.posted.splice(0);
  }

  /** The read receipts given since it was loaded (the repository publishes them). */
  pullReceipts(): ReadReceipt[] {
    return this.receipts.splice(0);
  }

  markStored(stored: { conversationId: number }): void {
    this.state.conversationId = stored.conversationId;
    for (const m of this.posted) m.conversationId = stored.conversationId;
    this.stored = this.state.lastSeq;
  }

  private markReadBy(role: ChatRole, seq: number): boolean {
    const key = role === 'buyer' ? 'buyerReadSeq' : 'staffReadSeq';
    if (seq <= this.state[key]) return false;
    this.state[key] = seq;
    return true;
  }
}
