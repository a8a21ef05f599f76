import { describe, expect, it } from '@jest/globals';
import { parseTrackingEvent } from './tracking.js';

const event = {
  event_id: 'trk_1',
  carrier: 'sandbox-express',
  tracking_number: 'SX1',
  reference: '42',
  status: 'DELIVERED',
  note: 'left at the door',
  occurred_at: '2026-11-30T10:00:00.000Z',
};

describe('tracking notifications', () => {
  it('reads a carrier event', () => {
    expect(parseTrackingEvent(JSON.stringify(event))).toEqual({
      eventId: 'trk_1',
      carrier: 'sandbox-express',
      trackingNumber: 'SX1',
      reference: '42',
      status: 'DELIVERED',
      note: 'left at the door',
      occurredAt: new Date('2026-11-30T10:00:00.000Z'),
    });
  });

  it('names the field that is wrong', () => {
    expect(() => parseTrackingEvent('not json')).toThrow(/JSON/);
    expect(() => parseTrackingEvent(JSON.stringify({ ...event, status: 'LOST' }))).toThrow(
      /status/,
    );
    expect(() => parseTrackingEvent(JSON.stringify({ ...event, event_id: 7 }))).toThrow(/event_id/);
    expect(() => parseTrackingEvent(JSON.stringify({ ...event, occurred_at: 'x' }))).toThrow(
      /occurred_at/,
    );
  });
});
