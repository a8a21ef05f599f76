import { COUPON_USE_REQUESTED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { couponTerms, FakeEventBus, FakeUnitOfWork, InMemoryCoupons } from '@nestmall/testing';
import { CouponTemplate } from '../domain/coupon-template.js';
import { CouponUseRequestHandler } from './coupon-use-requested.handler.js';

describe('CouponUseRequestHandler (the two-phase message, coupon side)', () => {
  let coupons: InMemoryCoupons;
  let bus: FakeEventBus;
  let couponId: number;

  beforeEach(async () => {
    coupons = new InMemoryCoupons();
    bus = new FakeEventBus();
    await new CouponUseRequestHandler(bus, coupons).onModuleInit();
    const terms = couponTerms({ minSpendCents: 3000, validUntil: new Date('2999-01-01') });
    const t = await coupons.addTemplate(CouponTemplate.create(terms));
    couponId = await coupons.claim(t.templateId, 7, new Date());
  });

  const request = (payload: object) => {
    const event = newEvent(COUPON_USE_REQUESTED, {
      gid: 'g1',
      order_id: 3,
      user_id: 7,
      coupon_id: couponId,
      base_cents: 5000,
      discount_cents: 1000,
      ...payload,
    });
    return new FakeUnitOfWork().run(() => bus.deliver(event)).then(() => event);
  };

  it('subscribes to CouponUseRequested as marketing.coupon-requests', () => {
    expect(bus.subscriptions.map((s) => [s.consumer, s.types])).toEqual([
      ['marketing.coupon-requests', [COUPON_USE_REQUESTED]],
    ]);
  });

  it('uses the coupon for the gid and answers CouponUsed', async () => {
    const event = await request({});
    expect(coupons.coupons.get(couponId)).toMatchObject({ status: 'USED', gid: 'g1' });
    expect(coupons.answers).toEqual([{ gid: 'g1', orderId: 3, causationId: event.id, used: true }]);
  });

  it('refuses a used coupon, under its minimum spend or priced differently, naming coupon_id', async () => {
    await request({});
    await request({ gid: 'g2', order_id: 4 });
    expect(coupons.answers[1]).toMatchObject({
      gid: 'g2',
      used: false,
      reason: `coupon_id ${couponId}: coupon ${couponId} is used`,
    });
    coupons.coupons.set(couponId, {
      ...coupons.coupons.get(couponId)!,
      status: 'AVAILABLE',
      gid: null,
    });
    await request({ gid: 'g3', base_cents: 2000 });
    expect(coupons.answers[2]).toMatchObject({
      used: false,
      reason: expect.stringMatching(/^coupon_id/),
    });
    await request({ gid: 'g4', discount_cents: 900 });
    expect(coupons.answers[3]).toMatchObject({
      used: false,
      reason: expect.stringMatching(/changed/),
    });
    expect(coupons.coupons.get(couponId)!.status).toBe('AVAILABLE');
  });

  it("refuses another buyer's coupon; fails (retried, then parked) on a malformed request", async () => {
    await expect(request({ coupon_id: undefined })).rejects.toThrow(/lacks gid/);
    expect(coupons.answers).toEqual([]);
    await request({ user_id: 8 });
    expect(coupons.answers[0]).toMatchObject({
      used: false,
      reason: expect.stringMatching(/not found/),
    });
  });
});
