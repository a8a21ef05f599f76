import { OrderChangedConcurrentlyError } from '../domain/order.js';

/**
 * Runs `attempt` (read the order, decide, save guarded on the status read) again when another
 * request moved the order in between, so a pay racing a cancel answers what README promises
 * (the CANCELLED order, or "CANCELLED and cannot be paid"), never "changed by another request".
 */
export async function retryOnConcurrentChange<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof OrderChangedConcurrentlyError) || tries >= 3) throw error;
    }
  }
}
