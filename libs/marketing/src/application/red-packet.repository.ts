import type { RedPacketShareView, RedPacketView } from './marketing-views.js';

/**
 * The red packets' persistence port. A claim takes one unclaimed share with one atomic UPDATE
 * (no read-then-write), and a unique (red packet, user) key refuses a second one to the same user.
 */
export abstract class RedPacketRepository {
  /** Stores the red packet and its pre-split shares; answers its id. */
  abstract add(amounts: number[], now: Date): Promise<number>;
  abstract find(redPacketId: number): Promise<RedPacketView | null>;
  /**
   * Takes an unclaimed share of the packet for the user: null when none is left.
   * @throws RedPacketNotClaimableError when the user already holds one
   */
  abstract claim(
    redPacketId: number,
    userId: number,
    now: Date,
  ): Promise<RedPacketShareView | null>;
}
