import type { VerificationMessageRequestedPayload } from '@nestmall/ports/contracts';

/**
 * Where a code's message is asked for: the outbox (infrastructure/), so the request commits in
 * the caller's unit of work and the sender handler sends it once, even across a crash.
 */
export abstract class VerificationMessages {
  abstract request(payload: VerificationMessageRequestedPayload): Promise<void>;
}
