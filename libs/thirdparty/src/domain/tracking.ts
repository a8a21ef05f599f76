import { InvalidArgumentError } from '@nestmall/ports/platform';

/** Where a parcel is, as carriers report it. */
export const TRACKING_STATUSES = [
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** One tracking event of a shipment, as the carrier notified it (its id makes a replay harmless). */
export interface TrackingEvent {
  eventId: string;
  carrier: string;
  trackingNumber: string;
  /** The merchant's reference given when shipping: the order id. */
  reference: string;
  status: TrackingStatus;
  note: string | null;
  occurredAt: Date;
}

/** A tracking notification's body, checked field by field. @throws InvalidArgumentError */
export function parseTrackingEvent(body: string): TrackingEvent {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new InvalidArgumentError('body is not JSON');
  }
  const text = (field: string, max = 64): string => {
    const value = raw[field];
    if (typeof value !== 'string' || !value || value.length > max)
      throw new InvalidArgumentError(`${field} must be a string of 1-${max} characters`);
    return value;
  };
  const status = text('status');
  if (!(TRACKING_STATUSES as readonly string[]).includes(status))
    throw new InvalidArgumentError(`status must be one of ${TRACKING_STATUSES.join(', ')}`);
  const occurredAt = new Date(text('occurred_at'));
  if (Number.isNaN(occurredAt.getTime()))
    throw new InvalidArgumentError('occurred_at must be an ISO date');
  const note = raw.note;
  return {
    eventId: text('event_id'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    reference: text('reference'),
    status: status as TrackingStatus,
    note: typeof note === 'string' ? note.slice(0, 255) : null,
    occurredAt,
  };
}
