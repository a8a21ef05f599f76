import { DomainError } from '@nestmall/ports/platform';
import type { TrackingStatus } from '../domain/tracking.js';

/** A shipment to create at the carrier (the order's address, flattened). */
export interface ShipmentRequest {
  /** The merchant's reference the carrier's notifications carry back: the order id. */
  reference: string;
  recipient: string;
  mobile: string;
  address: string;
  /** Where the carrier POSTs tracking events. */
  notifyUrl: string;
  /** The same key creates one shipment however often the request is retried. */
  idempotencyKey: string;
}

export interface CreatedShipment {
  carrier: string;
  trackingNumber: string;
}

export interface ShipmentTracking {
  carrier: string;
  trackingNumber: string;
  reference: string;
  status: 'CREATED' | TrackingStatus;
  events: { eventId: string; status: TrackingStatus; note: string | null; occurredAt: Date }[];
}

/** A carrier's merchant API. */
export abstract class CarrierProvider {
  /** Its name, as errors and the order's timeline show it. */
  abstract readonly name: string;
  abstract createShipment(request: ShipmentRequest): Promise<CreatedShipment>;
  abstract track(trackingNumber: string): Promise<ShipmentTracking>;
  /** Checks a tracking notification's signature. @throws a 401 DomainError */
  abstract verifyNotification(body: string, signature: string | undefined): void;
}

export type IdentityVerdict = 'MATCH' | 'MISMATCH';

/** An identity-verification provider: does the name go with the ID number? */
export abstract class IdentityProvider {
  abstract readonly name: string;
  abstract verify(
    name: string,
    idNumber: string,
  ): Promise<{ verdict: IdentityVerdict; reference: string }>;
}

export type ModerationVerdict = 'APPROVE' | 'REJECT';

/** An image-moderation provider. */
export abstract class ModerationProvider {
  abstract readonly name: string;
  abstract moderate(
    imageUrl: string,
  ): Promise<{ verdict: ModerationVerdict; labels: string[]; reference: string }>;
}

/**
 * A provider is down, too slow, or its circuit is open: 503 naming the provider, and nothing was
 * changed on our side (the caller may retry later).
 */
export class ProviderUnavailableError extends DomainError {
  constructor(
    readonly provider: string,
    why: string,
  ) {
    super('UNAVAILABLE', `the ${provider} provider is unavailable: ${why}`);
  }
}

/** The provider refused the request itself (a 4xx): retrying will not help. */
export class ProviderRejectedError extends DomainError {
  constructor(provider: string, why: string) {
    super('UNPROCESSABLE', `the ${provider} provider refused the request: ${why}`);
  }
}
