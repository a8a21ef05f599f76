import {
  couponTerms,
  FakeUnitOfWork,
  InMemoryBranchBarrier,
  InMemoryCoupons,
} from '@nestmall/testing';
import { CouponTemplate } from '../domain/coupon-template.js';
import { CouponBranch } from './coupon-branch.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('CouponBranch (the coupon branch of place-order)', () => {
  let coupons: InMemoryCoupons;
  let branch: CouponBranch;
  let couponId: number;

  beforeEach(async () => {
    coupons = new InMemoryCoupons();
    branch = new CouponBranch(coupons, new FakeUnitOfWork(), new InMemoryBranchBarrier());
    const t = await coupons.addTemplate(CouponTemplate.create(couponTerms()));
    couponId = await coupons.claim(t.templateId, 1, NOW);
  });

  const lock = (gid: string, userId = 1) =>
    branch.lock({ gid, couponId, userId, subtotalCents: 5000 }, NOW);
  const status = () => coupons.coupons.get(couponId)!.status;

  it('Try locks, Confirm uses; repeats change nothing', async () => {
    expect(await lock('g1')).toEqual({ discount_cents: 1000 });
    expect(await lock('g1')).toEqual({ discount_cents: 1000 });
    expect(status()).toBe('LOCKED');
    await branch.use('g1');
    await branch.use('g1');
    expect(status()).toBe('USED');
    await branch.release('g1'); // a Cancel after Confirm is the coordinator's bug: no change
    expect(status()).toBe('USED');
  });

  it('Cancel releases: the failed order never burns the coupon', async () => {
    await lock('g1');
    await branch.release('g1');
    expect(status()).toBe('AVAILABLE');
    expect(await lock('g2')).toEqual({ discount_cents: 1000 });
  });

  it('a coupon is never held by two orders', async () => {
    await lock('g1');
    await expect(lock('g2')).rejects.toThrow(/held by another order/);
    await branch.use('g1');
    await expect(lock('g3')).rejects.toThrow(/is used/);
  });

  it('a Cancel before its Try blocks the late Try (no hanging lock)', async () => {
    await branch.release('g1');
    expect(await lock('g1')).toEqual({ discount_cents: 0 });
    expect(status()).toBe('AVAILABLE');
  });

  it("refuses another user's coupon as not found, and a malformed gid", async () => {
    await expect(lock('g1', 2)).rejects.toThrow(/coupon \d+ not found/);
    await expect(lock('bad gid')).rejects.toThrow(/gid must be/);
  });
});
