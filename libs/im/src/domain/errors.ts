import { ConflictError } from '@nestmall/ports/platform';

/** Somebody else posted in the conversation since it was loaded (the use case tries again). */
export class ConversationChangedConcurrentlyError extends ConflictError {
  constructor(conversationId: number) {
    super(`conversation ${conversationId} changed concurrently; try again`);
  }
}

/** A status change of an order arrived before an earlier one was pushed (the bus retries it). */
export class OrderChangeOutOfOrderError extends Error {
  constructor(orderId: number, sequence: number, pushed: number) {
    super(`order ${orderId}: change ${sequence} arrived before change ${pushed + 1} was pushed`);
  }
}

/** Staff cannot write in (or claim) a closed conversation; its buyer's next message opens it. */
export class ConversationClosedError extends ConflictError {
  constructor(conversationId: number) {
    super(`conversation ${conversationId} is closed: its buyer's next message opens it again`);
  }
}

/** Another staff member answers this conversation (a supervisor may reassign it). */
export class ConversationAssignedError extends ConflictError {
  constructor(conversationId: number, staffId: number) {
    super(
      `conversation ${conversationId} is assigned to staff ${staffId}: a supervisor reassigns it`,
    );
  }
}
