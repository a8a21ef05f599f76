import {
  CarrierProvider,
  IdentityProvider,
  ModerationProvider,
  ProviderRejectedError,
  type CreatedShipment,
  type IdentityVerdict,
  type ModerationVerdict,
  type ShipmentRequest,
  type ShipmentTracking,
} from '../application/providers.js';
import { verifyCarrierSignature } from '../domain/carrier-signature.js';
import type { TrackingStatus } from '../domain/tracking.js';
import { providerJson, ResilientCalls, type ResilienceSettings } from './resilience.js';

interface CarrierShipment {
  tracking_number: string;
  carrier: string;
  reference: string;
  status: ShipmentTracking['status'];
  events: { event_id: string; status: TrackingStatus; note: string | null; occurred_at: string }[];
}

/**
 * The carrier's merchant API over HTTP (the sandbox speaks it: scripts/sandbox/carrier-provider.mjs).
 * Creating a shipment carries an Idempotency-Key, so it is retried like a read.
 */
export class HttpCarrierProvider extends CarrierProvider {
  readonly calls: ResilientCalls;

  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly webhookSecret: string,
    resilience: ResilienceSettings,
  ) {
    super();
    this.calls = new ResilientCalls(`carrier ${name}`, resilience);
  }

  async createShipment(request: ShipmentRequest): Promise<CreatedShipment> {
    const answer = await providerJson<CarrierShipment>(this.calls, true, `${this.url}/shipments`, {
      method: 'POST',
      headers: { 'idempotency-key': request.idempotencyKey },
      body: {
        reference: request.reference,
        recipient: request.recipient,
        mobile: request.mobile,
        address: request.address,
        notify_url: request.notifyUrl,
      },
    });
    if (typeof answer.tracking_number !== 'string')
      throw new ProviderRejectedError(this.calls.provider, 'no tracking number in its answer');
    return { carrier: this.name, trackingNumber: answer.tracking_number };
  }

  async track(trackingNumber: string): Promise<ShipmentTracking> {
    const s = await providerJson<CarrierShipment>(
      this.calls,
      true,
      `${this.url}/shipments/${encodeURIComponent(trackingNumber)}`,
      { method: 'GET' },
    );
    return {
      carrier: this.name,
      trackingNumber: s.tracking_number,
      reference: s.reference,
      status: s.status,
      events: s.events.map((e) => ({
        eventId: e.event_id,
        status: e.status,
        note: e.note,
        occurredAt: new Date(e.occurred_at),
      })),
    };
  }

  verifyNotification(body: string, signature: string | undefined): void {
    verifyCarrierSignature(this.webhookSecret, body, signature);
  }
}

/** An identity-verification provider over HTTP (scripts/sandbox/identity-provider.mjs). */
export class HttpIdentityProvider extends IdentityProvider {
  readonly calls: ResilientCalls;

  constructor(
    readonly name: string,
    private readonly url: string,
    resilience: ResilienceSettings,
  ) {
    super();
    this.calls = new ResilientCalls(`identity ${name}`, resilience);
  }

  async verify(
    name: string,
    idNumber: string,
  ): Promise<{ verdict: IdentityVerdict; reference: string }> {
    const answer = await providerJson<{ verdict: unknown; reference: unknown }>(
      this.calls,
      true,
      `${this.url}/verifications`,
      { method: 'POST', body: { name, id_number: idNumber } },
    );
    if (answer.verdict !== 'MATCH' && answer.verdict !== 'MISMATCH')
      throw new ProviderRejectedError(this.calls.provider, 'an unknown verdict');
    return { verdict: answer.verdict, reference: String(answer.reference) };
  }
}

/** An image-moderation provider over HTTP (scripts/sandbox/moderation-provider.mjs). */
export class HttpModerationProvider extends ModerationProvider {
  readonly calls: ResilientCalls;

  constructor(
    readonly name: string,
    private readonly url: string,
    resilience: ResilienceSettings,
  ) {
    super();
    this.calls = new ResilientCalls(`moderation ${name}`, resilience);
  }

  async moderate(
    imageUrl: string,
  ): Promise<{ verdict: ModerationVerdict; labels: string[]; reference: string }> {
    const answer = await providerJson<{ verdict: unknown; labels: unknown; reference: unknown }>(
      this.calls,
      true,
      `${this.url}/moderations`,
      { method: 'POST', body: { image_url: imageUrl } },
    );
    if (answer.verdict !== 'APPROVE' && answer.verdict !== 'REJECT')
      throw new ProviderRejectedError(this.calls.provider, 'an unknown verdict');
    const labels = Array.isArray(answer.labels) ? answer.labels.map(String) : [];
    return { verdict: answer.verdict, labels, reference: String(answer.reference) };
  }
}
