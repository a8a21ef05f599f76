import { describe, expect, it } from '@jest/globals';
import { FakeUnitOfWork } from '@nestmall/testing';
import { signCarrierBody } from '../domain/carrier-signature.js';
import type { IdentityVerification } from '../domain/identity-verification.js';
import type { TrackingEvent } from '../domain/tracking.js';
import { CreateShipment } from './create-shipment.js';
import { HandleTracking } from './handle-tracking.js';
import {
  CarrierProvider,
  IdentityProvider,
  type CreatedShipment,
  type ShipmentRequest,
} from './providers.js';
import { ThirdpartyRepository } from './thirdparty.repository.js';
import { VerifyIdentity } from './verify-identity.js';
import { verifyCarrierSignature } from '../domain/carrier-signature.js';

const SECRET = 'carrier-secret-for-specs';

class FakeCarrierProvider extends CarrierProvider {
  readonly name = 'sandbox-express';
  readonly requests: ShipmentRequest[] = [];
  async createShipment(request: ShipmentRequest): Promise<CreatedShipment> {
    this.requests.push(request);
    return { carrier: this.name, trackingNumber: 'SX1' };
  }
  track(): never {
    throw new Error('not used');
  }
  verifyNotification(body: string, signature: string | undefined): void {
    verifyCarrierSignature(SECRET, body, signature);
  }
}

class FakeIdentityProvider extends IdentityProvider {
  readonly name = 'sandbox-identity';
  readonly asked: string[] = [];
  async verify(name: string, idNumber: string) {
    this.asked.push(`${name} ${idNumber}`);
    return {
      verdict: name.includes('Mismatch') ? ('MISMATCH' as const) : ('MATCH' as const),
      reference: 'idv_1',
    };
  }
}

class InMemoryThirdparty extends ThirdpartyRepository {
  readonly events = new Map<string, TrackingEvent>();
  readonly identities = new Map<number, IdentityVerification>();
  async recordTracking(event: TrackingEvent): Promise<boolean> {
    const key = `${event.carrier}/${event.eventId}`;
    if (this.events.has(key)) return false;
    this.events.set(key, event);
    return true;
  }
  async saveIdentity(v: IdentityVerification): Promise<void> {
    this.identities.set(v.userId, v);
  }
  async identityOf(userId: number): Promise<IdentityVerification | null> {
    return this.identities.get(userId) ?? null;
  }
}

describe('CreateShipment', () => {
  it("uses the order's id as reference and idempotency key, and the notify URL", async () => {
    const carrier = new FakeCarrierProvider();
    const create = new CreateShipment(carrier, { url: 'http://shop/shipments/webhooks/carrier' });
    const input = { orderId: 5, recipient: '张三', mobile: '13800138000', address: 'x' };
    expect(await create.execute(input)).toEqual({
      carrier: 'sandbox-express',
      tracking_number: 'SX1',
    });
    expect(carrier.requests[0]).toMatchObject({
      reference: '5',
      idempotencyKey: 'order-5-shipment',
      notifyUrl: 'http://shop/shipments/webhooks/carrier',
    });
    await expect(create.execute({ ...input, address: '' })).rejects.toThrow(/address/);
  });
});

describe('HandleTracking', () => {
  const body = JSON.stringify({
    event_id: 'trk_1',
    carrier: 'sandbox-express',
    tracking_number: 'SX1',
    reference: '5',
    status: 'DELIVERED',
    note: null,
    occurred_at: '2026-11-30T10:00:00.000Z',
  });
  const now = () => Math.floor(Date.now() / 1000);

  it('records a signed event once; a replay changes nothing', async () => {
    const repository = new InMemoryThirdparty();
    const handle = new HandleTracking(new FakeCarrierProvider(), repository, new FakeUnitOfWork());
    const signature = signCarrierBody(SECRET, body, now());
    expect(await handle.execute(body, signature)).toEqual({ changed: true, status: 'DELIVERED' });
    expect(await handle.execute(body, signature)).toEqual({ changed: false, status: 'DELIVERED' });
    expect(repository.events.size).toBe(1);
  });

  it('refuses a forged or missing signature (401) before reading the body', async () => {
    const repository = new InMemoryThirdparty();
    const handle = new HandleTracking(new FakeCarrierProvider(), repository, new FakeUnitOfWork());
    const forged = signCarrierBody('another-secret-0123456', body, now());
    await expect(handle.execute(body, forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(handle.execute(body, undefined)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(repository.events.size).toBe(0);
  });
});

describe('VerifyIdentity', () => {
  it('keeps the verdict and a masked number only', async () => {
    const repository = new InMemoryThirdparty();
    const verify = new VerifyIdentity(new FakeIdentityProvider(), repository, new FakeUnitOfWork());
    const view = await verify.execute(7, ' 张三 ', '11010519491231002x');
    expect(view).toMatchObject({
      user_id: 7,
      verified: true,
      verdict: 'MATCH',
      masked_id_number: '110***********002X',
    });
    expect(JSON.stringify([...repository.identities.values()])).not.toContain('11010519491231002X');
    expect(await verify.of(7)).toEqual(view);
    expect((await verify.execute(7, 'Mismatch Li', '11010519491231002X')).verified).toBe(false);
    await expect(verify.of(8)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a bad ID number or name without asking the provider (400 naming the field)', async () => {
    const provider = new FakeIdentityProvider();
    const verify = new VerifyIdentity(provider, new InMemoryThirdparty(), new FakeUnitOfWork());
    await expect(verify.execute(7, '张三', '110105194912310021')).rejects.toThrow(/idNumber/);
    await expect(verify.execute(7, 'x', '11010519491231002X')).rejects.toThrow(/name/);
    expect(provider.asked).toEqual([]);
  });
});
