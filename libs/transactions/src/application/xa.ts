import { InvalidArgumentError } from '@nestmall/ports/platform';

/**
 * Two-phase commit over XA (the course's 2PC): each participant's branch is a real database
 * transaction, prepared (XA PREPARE: durable, its locks held) in phase one and committed or
 * rolled back in phase two, on the coordinator's logged decision.
 */

/**
 * One participant's resource manager: its XA branch of global transaction `gid`. commit and
 * rollback are idempotent (a branch the database no longer knows is done).
 */
export abstract class XaResource {
  /**
   * XA START, `work` (the units of work inside it join the branch), XA END, XA PREPARE. On a
   * failure the branch is rolled back and the error rethrown; a deadlock victim is tried again.
   */
  abstract prepare(gid: string, work: () => Promise<void>): Promise<void>;
  abstract commit(gid: string): Promise<void>;
  abstract rollback(gid: string): Promise<void>;
  /** The gids whose branch is prepared here, awaiting phase two (XA RECOVER). */
  abstract recover(): Promise<string[]>;
}

/** One branch of an XA transaction type, as the coordinator reaches it (in-process or gRPC). */
export interface XaBranch<P = unknown> {
  /** Unique within the type; the participant it reaches (one XA branch per database). */
  name: string;
  /**
   * Phase one. Resolves `false` when it did nothing (no branch: an order without a coupon has
   * none in marketing): phase two then skips it, a call saved. Recovery, which knows only the
   * log, still asks every participant, and such a one finds nothing to finish.
   */
  prepare(gid: string, payload: P): Promise<void | boolean>;
  /**
   * Prepared once the other branches are (they prepare in parallel). Two transactions that lock
   * rows in two participants in opposite orders would wait for each other across them, a cycle
   * no database sees (each waits for the other's prepared branch, until innodb_lock_wait_timeout):
   * a fixed order of the participants rules that out.
   */
  prepareLast?: boolean;
  /**
   * Prepared before the others. The branch whose row makes a request unique (the order under its
   * Idempotency-Key) goes first: two requests of one key then wait for each other in that
   * participant alone, never each holding a row the other needs in another participant.
   */
  prepareFirst?: boolean;
  commit(gid: string): Promise<void>;
  rollback(gid: string): Promise<void>;
  /** The prepared branches of this participant (all gids, not only this type's). */
  recover(): Promise<string[]>;
}

export interface XaTransactionType<P = unknown> {
  /** Starts with `xa-`: the log's mode value (the TCC kinds have none). */
  kind: string;
  branches: XaBranch<P>[];
}

/** The xid's format id of nestmall's branches ('NM'): XA RECOVER lists only these. */
export const XA_FORMAT_ID = 0x4e4d;

const GID = /^[A-Za-z0-9_-]{1,64}$/;

/** The SQL xid of branch `branch` of `gid` ('gid','branch',format): checked, never injected. */
export function xaXid(gid: string, branch: string): string {
  // A gid from a caller (the participants' RPCs) that is not one: 400 / INVALID_ARGUMENT.
  if (!GID.test(gid)) throw new InvalidArgumentError('gid must be 1 to 64 of A-Z a-z 0-9 _ -');
  if (!GID.test(branch)) throw new Error(`not an XA branch qualifier: ${branch}`);
  return `'${gid}','${branch}',${XA_FORMAT_ID}`;
}
