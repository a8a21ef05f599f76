/**
 * The last status change of each order the IM pushed (its sequence), so the pushes of one order
 * leave in the order the changes happened whatever order the bus delivers them in.
 */
export abstract class OrderProgressRepository {
  /**
   * Records that change `sequence` of `orderId` is pushed: true when it is the next one (or
   * `acceptGap` and later than the last pushed), false when it was pushed already.
   * @throws OrderChangeOutOfOrderError when an earlier change has not been pushed yet
   */
  abstract advance(
    orderId: number,
    userId: number,
    sequence: number,
    acceptGap: boolean,
  ): Promise<boolean>;
}

/** How long a change waits for an earlier one that has not arrived (milliseconds). */
export const ORDER_PUSH_GAP_MS = Symbol('ORDER_PUSH_GAP_MS');
