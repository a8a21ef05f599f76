import type { IdentityVerification } from '../domain/identity-verification.js';
import type { TrackingEvent } from '../domain/tracking.js';

/** Where the context keeps what it must remember (joins the unit of work). */
export abstract class ThirdpartyRepository {
  /**
   * Records a tracking event and appends ShipmentTracked to the outbox, once: false when the
   * carrier's event id was recorded before (a replayed notification).
   */
  abstract recordTracking(event: TrackingEvent): Promise<boolean>;
  abstract saveIdentity(verification: IdentityVerification): Promise<void>;
  abstract identityOf(userId: number): Promise<IdentityVerification | null>;
}

/** Where the carrier sends tracking notifications (CARRIER_NOTIFY_BASE_URL + the route). */
export abstract class CarrierNotifyUrl {
  abstract readonly url: string;
}
