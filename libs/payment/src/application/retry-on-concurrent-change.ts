import { PaymentChangedConcurrentlyError } from '../domain/payment.js';

/**
 * Runs `attempt` (read, decide, save guarded on the version read) again when another request
 * or notification saved the payment in between.
 */
export async function retryOnConcurrentChange<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof PaymentChangedConcurrentlyError) || tries >= 5) throw error;
    }
  }
}
