import {
  InvalidArgumentError,
  NotFoundError,
  PermissionDeniedError,
} from '@nestmall/ports/platform';
import { ConversationAssignedError, ConversationClosedError } from './errors.js';

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

/**
 * OPEN until its buyer or its support staff closes it (CLOSED); a new message of the buyer opens
 * it again (a closed conversation is never closed for good: the buyer has one per order).
 */
export type ConversationStatus = 'OPEN' | 'CLOSED';

/** What changed about a conversation besides its messages (ChatConversationChanged). */
export type ConversationChangeKind = 'assigned' | 'closed' | 'reopened';

export interface ConversationChange {
  kind: ConversationChangeKind;
  by: ChatParticipant;
  at: Date;
}

export interface ConversationSnapshot {
  conversationId: number;
  orderId: number;
  buyerId: number;
  status: ConversationStatus;
  /** The support staff member who answers it (claimed, or assigned by a supervisor), or null. */
  assignedStaffId: number | null;
  closedAt: Date | null;
  /** +1 at every change of status or assignee: with lastSeq, the optimistic guard. */
  revision: number;
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
 * `storedLastSeq` and `storedRevision` are the optimistic guard); each side's read receipt only
 * moves forward, and never past the last message.
 *
 * Assignment: a support staff member claims an unassigned conversation (`claim`), or a
 * supervisor assigns it to one (`assign`); once assigned, only that staff member writes in it
 * and closes it (a supervisor reassigns it first). Closing: its buyer or its staff closes it;
 * staff cannot write in a closed conversation, its buyer's next message opens it again.
 */
export class Conversation {
  private readonly posted: ChatMessage[] = [];
  private readonly receipts: ReadReceipt[] = [];
  private readonly changes: ConversationChange[] = [];
  private stored: { lastSeq: number; revision: number } | null;

  private constructor(
    private state: ConversationSnapshot,
    stored: boolean,
  ) {
    this.stored = stored ? { lastSeq: state.lastSeq, revision: state.revision } : null;
  }

  /** A new conversation of `buyerId` about their order `orderId` (its owner was checked). */
  static open(orderId: number, buyerId: number, now = new Date()): Conversation {
    return new Conversation(
      {
        conversationId: 0,
        orderId,
        buyerId,
        status: 'OPEN',
        assignedStaffId: null,
        closedAt: null,
        revision: 0,
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
  get status(): ConversationStatus {
    return this.state.status;
  }
  get assignedStaffId(): number | null {
    return this.state.assignedStaffId;
  }
  /** The last sequence the database holds (null: not stored yet). */
  get storedLastSeq(): number | null {
    return this.stored?.lastSeq ?? null;
  }
  /** The revision the database holds (null: not stored yet). */
  get storedRevision(): number | null {
    return this.stored?.revision ?? null;
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
    if (who.role === 'staff') {
      this.requireOpen();
      this.requireAssignable(who.id);
    } else if (this.state.status === 'CLOSED') {
      this.state.status = 'OPEN';
      this.state.closedAt = null;
      this.change('reopened', who, now);
    }
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

  /**
   * A support staff member takes the conversation. Returns false when it is theirs already.
   * @throws PermissionDeniedError for a buyer; ConversationClosedError;
   * ConversationAssignedError when another staff member has it (a supervisor reassigns it)
   */
  claim(who: ChatParticipant, now = new Date()): boolean {
    if (who.role !== 'staff') throw new PermissionDeniedError('support staff claim conversations');
    this.requireOpen();
    this.requireAssignable(who.id);
    return this.assignTo(who.id, who, now);
  }

  /**
   * A supervisor gives the conversation to `staffId` (checked by the use case: a staff member
   * with support:chat), whoever had it. Returns false when it is theirs already.
   * @throws ConversationClosedError
   */
  assign(supervisor: ChatParticipant, staffId: number, now = new Date()): boolean {
    if (supervisor.role !== 'staff')
      throw new PermissionDeniedError('a supervisor assigns conversations');
    this.requireOpen();
    return this.assignTo(staffId, supervisor, now);
  }

  /**
   * Its buyer, or its support staff (the assignee, or anyone while unassigned), closes it.
   * Returns false when it is closed already.
   * @throws NotFoundError (not the buyer's); ConversationAssignedError (another's)
   */
  close(who: ChatParticipant, now = new Date()): boolean {
    this.admit(who);
    if (this.state.status === 'CLOSED') return false;
    if (who.role === 'staff') this.requireAssignable(who.id);
    this.state.status = 'CLOSED';
    this.state.closedAt = now;
    this.change('closed', who, now);
    return true;
  }

  /** The changes of status and assignee since it was loaded (the repository publishes them). */
  pullChanges(): ConversationChange[] {
    return this.changes.splice(0);
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
    this.stored = { lastSeq: this.state.lastSeq, revision: this.state.revision };
  }

  private assignTo(staffId: number, by: ChatParticipant, now: Date): boolean {
    if (this.state.assignedStaffId === staffId) return false;
    this.state.assignedStaffId = staffId;
    this.change('assigned', by, now);
    return true;
  }

  private change(kind: ConversationChangeKind, by: ChatParticipant, at: Date): void {
    this.state.revision += 1;
    this.state.updatedAt = at;
    this.changes.push({ kind, by, at });
  }

  private requireOpen(): void {
    if (this.state.status === 'CLOSED')
      throw new ConversationClosedError(this.state.conversationId);
  }

  /** Staff `staffId` may act on it: unassigned, or assigned to them. */
  private requireAssignable(staffId: number): void {
    const assignee = this.state.assignedStaffId;
    if (assignee !== null && assignee !== staffId)
      throw new ConversationAssignedError(this.state.conversationId, assignee);
  }

  private markReadBy(role: ChatRole, seq: number): boolean {
    const key = role === 'buyer' ? 'buyerReadSeq' : 'staffReadSeq';
    if (seq <= this.state[key]) return false;
    this.state[key] = seq;
    return true;
  }
}
