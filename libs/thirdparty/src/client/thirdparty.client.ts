import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type { TrackingStatus } from '../domain/tracking.js';

/** Ship an order: its id is the carrier's reference, its address where the parcel goes. */
export interface ShipInput {
  orderId: number;
  recipient: string;
  mobile: string;
  /** The address on one line (province, city, district, street). */
  address: string;
}

export interface ShipmentView {
  carrier: string;
  tracking_number: string;
}

/** A buyer's identity verification: the verdict and the masked number, never the number. */
export interface IdentityView {
  user_id: number;
  verified: boolean;
  verdict: 'MATCH' | 'MISMATCH';
  masked_id_number: string;
  provider: string;
  verified_at: string;
}

export interface ImageModerationView {
  image_url: string;
  verdict: 'APPROVE' | 'REJECT';
  labels: string[];
}

export interface TrackingOutcomeView {
  /** false: an event heard before (a replay), nothing changed. */
  changed: boolean;
  status: TrackingStatus;
}

/**
 * The third-party context as others call it (in-process in the monolith): the carrier, identity
 * verification and image moderation, each behind its provider's timeout, retries and circuit
 * breaker (a provider that is down is 503 naming it).
 */
export abstract class ThirdpartyClient {
  /** Creates the order's shipment at the carrier (the same order: the same shipment). */
  abstract createShipment(input: ShipInput): Promise<ShipmentView>;
  /** Checks and records a carrier's tracking notification (ShipmentTracked goes out once). */
  abstract handleCarrierNotification(
    body: string,
    signature: string | undefined,
  ): Promise<TrackingOutcomeView>;
  /** Verifies the caller's name and ID number (checksum, then the provider's verdict). */
  abstract verifyIdentity(
    caller: AuthenticatedUser,
    name: string,
    idNumber: string,
  ): Promise<IdentityView>;
  /** The caller's last verification. @throws NotFoundError when there is none */
  abstract identityOf(caller: AuthenticatedUser): Promise<IdentityView>;
  /** Each image's verdict and labels, in the order given. */
  abstract moderateImages(imageUrls: string[]): Promise<ImageModerationView[]>;
}
