import { UnknownSkuError } from '@nestmall/catalog';
import { ConflictError, InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import {
  FakeCatalogClient,
  FakeStockGate,
  fakeConfig,
  ordersContextWithFakes,
  sku,
} from '@nestmall/testing';
import type { AddressView, AuthenticatedCaller, UsersClient } from '@nestmall/users';
import { NotEnoughStockError, SkuOffShelfError } from '../domain/order.js';
import { PlaceOrder } from './place-order.js';

/** The users context as far as placing an order asks it: user 7 has address 3. */
const address: AddressView = {
  address_id: 3,
  recipient: '张三',
  mobile: '13800138000',
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  street: '科技园',
  postal_code: null,
  is_default: true,
  created_at: '2026-11-30T00:00:00.000Z',
  updated_at: '2026-11-30T00:00:00.000Z',
};
const users = {
  getAddress: async (caller: AuthenticatedCaller, addressId: number) => {
    if (caller.userId !== 7 || addressId !== 3)
      throw new NotFoundError(`address_id ${addressId} not found`);
    return { ...address };
  },
} as unknown as UsersClient;

function setUp(consistency: 'tcc' | 'message' | 'xa' = 'tcc') {
  const { orders, inventory, marketing, unitOfWork, inFlight, log, coordinator, transactionTypes } =
    ordersContextWithFakes();
  const gate = new FakeStockGate();
  const catalog = new FakeCatalogClient([
    sku('T00100', 2000),
    sku('T00101', 5000),
    sku('T00109', 100, false),
  ]);
  const placeOrder = new PlaceOrder(
    orders,
    catalog,
    marketing,
    coordinator,
    transactionTypes,
    inFlight,
    gate,
    unitOfWork,
    users,
    fakeConfig({ ORDER_CONSISTENCY: consistency }),
  );
  return { orders, inventory, marketing, gate, unitOfWork, log, placeOrder };
}

const items = [
  { skuId: 'T00101', quantity: 1 },
  { skuId: 'T00100', quantity: 2 },
];

describe('PlaceOrder with a coupon (the third branch)', () => {
  it('prices it in, locks it (Try) and uses it (Confirm): the discount is on the order', async () => {
    const { marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(7);
    const view = await placeOrder.execute({ userId: 7, items, couponId });
    expect(view).toMatchObject({
      status: 'CREATED',
      subtotal_cents: 9000,
      discounts: [
        { kind: 'COUPON', source_id: couponId, label: 'ten off', sku_id: null, amount_cents: 1000 },
      ],
      discount_cents: 1000,
      coupon_id: couponId,
      shipping_cents: 1000,
      total_cents: 9000,
    });
    expect(marketing.calls).toEqual(['lock 1 9000', 'use']);
    expect(marketing.status(couponId)).toBe('USED');
  });

  it('applies the running promotions before the coupon and stores every discount line', async () => {
    const { marketing, placeOrder } = setUp();
    marketing.promotions = {
      sku_discounts: [
        {
          discount_id: 3,
          name: 'T00101 week',
          sku_id: 'T00101',
          percent_off: 10,
          valid_from: '2026-01-01T00:00:00.000Z',
          valid_until: '2027-01-01T00:00:00.000Z',
        },
      ],
      spend_and_save: [
        {
          rule_id: 4,
          name: '5 off every 40',
          every_cents: 4000,
          off_cents: 500,
          valid_from: '2026-01-01T00:00:00.000Z',
          valid_until: '2027-01-01T00:00:00.000Z',
        },
      ],
    };
    const couponId = await marketing.giveCoupon(7);
    const view = await placeOrder.execute({ userId: 7, items, couponId });
    // 9,000: T00101 5,000 - 10% = 500; 8,500 left -> 2 x 500 = 1,000; 7,500 left -> coupon 1,000.
    expect(view.discounts.map((d) => [d.kind, d.source_id, d.amount_cents])).toEqual([
      ['SKU_DISCOUNT', 3, 500],
      ['SPEND_AND_SAVE', 4, 1000],
      ['COUPON', couponId, 1000],
    ]);
    expect(view).toMatchObject({ discount_cents: 2500, shipping_cents: 1000, total_cents: 7500 });
    expect(marketing.calls[0]).toBe('lock 1 7500');
  });

  it('never burns the coupon of an order that fails: Cancel releases it', async () => {
    const { inventory, marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(7);
    inventory.fail.freeze = new ConflictError('not enough stock for T00100');
    await expect(placeOrder.execute({ userId: 7, items, couponId })).rejects.toThrow(
      /not enough stock/,
    );
    expect(marketing.calls).toEqual(['lock 1 9000', 'release']);
    expect(marketing.status(couponId)).toBe('AVAILABLE');
  });

  it('fails the order when its coupon is refused (under its minimum spend), stock unfrozen', async () => {
    const { inventory, marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(7, { minSpendCents: 10000 });
    await expect(placeOrder.execute({ userId: 7, items, couponId })).rejects.toThrow(
      /at least 10000 cents/,
    );
    expect(inventory.calls.map((c) => c.split(' ')[0])).toEqual(['freeze', 'unfreeze']);
    expect(marketing.status(couponId)).toBe('AVAILABLE');
  });

  it("refuses another user's coupon as not found, before any transaction", async () => {
    const { inventory, marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(8);
    await expect(placeOrder.execute({ userId: 7, items, couponId })).rejects.toThrow(
      /coupon 1 not found/,
    );
    expect(inventory.calls).toEqual([]);
  });

  it('uses a coupon once: a second order with it fails and the first keeps it', async () => {
    const { marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(7);
    await placeOrder.execute({ userId: 7, items, couponId });
    await expect(placeOrder.execute({ userId: 7, items, couponId })).rejects.toThrow(/is used/);
    expect(marketing.status(couponId)).toBe('USED');
  });

  it('takes the coupon as part of the Idempotency-Key request', async () => {
    const { marketing, placeOrder } = setUp();
    const couponId = await marketing.giveCoupon(7);
    const first = await placeOrder.execute({ userId: 7, items, couponId, idempotencyKey: 'k' });
    expect(await placeOrder.execute({ userId: 7, items, couponId, idempotencyKey: 'k' })).toEqual(
      first,
    );
    await expect(placeOrder.execute({ userId: 7, items, idempotencyKey: 'k' })).rejects.toThrow(
      /already used for a different order/,
    );
  });

  it('asks for the coupon with the two-phase message: PENDING, CouponUseRequested with its terms', async () => {
    const { marketing, orders, placeOrder } = setUp('message');
    const couponId = await marketing.giveCoupon(7);
    const view = await placeOrder.execute({ userId: 7, items, couponId });
    expect(view).toMatchObject({ status: 'PENDING', coupon_id: couponId, discount_cents: 1000 });
    expect(orders.events.map((e) => e.type)).toEqual(['OrderRequested', 'CouponUseRequested']);
    expect(orders.events[1]).toMatchObject({
      coupon: { couponId, baseCents: 9000, discountCents: 1000 },
    });
    // The marketing context answers it (CouponUsed or CouponRejected): nothing locked here.
    expect(marketing.status(couponId)).toBe('AVAILABLE');
  });
});

describe('PlaceOrder (tcc)', () => {
  it('tries and confirms both branches and answers the CREATED order without reading it back', async () => {
    const { orders, inventory, log, placeOrder } = setUp();
    const view = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k1' });
    expect(view).toMatchObject({
      order_id: 1,
      user_id: 7,
      status: 'CREATED',
      subtotal_cents: 9000,
      shipping_cents: 1000,
      total_cents: 10000,
      failure_reason: null,
    });
    expect(view.items.map((i) => i.sku_id)).toEqual(['T00100', 'T00101']);
    const gid = orders.rows.get(1)!.gid;
    expect(inventory.calls).toEqual([`freeze ${gid} T00101x1,T00100x2`, `deduct ${gid}`]);
    expect(log.transitions).toEqual(['TRYING->CONFIRMING', 'CONFIRMING->CONFIRMED']);
    expect(orders.events).toEqual([{ type: 'OrderPlaced', orderId: 1 }]);
    expect(orders.reads).toBe(1); // the idempotency key's lookup, nothing after writing
  });

  it('fails the order when the inventory refuses, says why on it, and gives the gate its units back', async () => {
    const { orders, inventory, gate, placeOrder } = setUp();
    inventory.fail.freeze = new ConflictError('not enough stock for T00100: 1 available, 2 wanted');
    await expect(placeOrder.execute({ userId: 7, items })).rejects.toThrow(
      'not enough stock for T00100',
    );
    expect(orders.rows.get(1)).toMatchObject({
      status: 'FAILED',
      failureReason: 'not enough stock for T00100: 1 available, 2 wanted',
    });
    expect(inventory.calls.map((c) => c.split(' ')[0])).toEqual(['freeze', 'unfreeze']);
    expect(gate.released).toEqual([items]);
    expect(orders.events).toEqual([{ type: 'OrderFailed', orderId: 1 }]);
  });

  it('answers an unexpected failure as unavailable, never as the raw error', async () => {
    const { inventory, placeOrder } = setUp();
    inventory.fail.freeze = new Error('socket hang up');
    await expect(placeOrder.execute({ userId: 7, items })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: 'the order could not be placed now; try again',
    });
  });

  it('answers the order a concurrent request placed with the same key (its Try found it taken)', async () => {
    const { orders, gate, placeOrder } = setUp();
    const first = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k1' });
    orders.blindKeyLookups = 1;
    expect(await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k1' })).toEqual(first);
    expect(orders.rows.size).toBe(1);
    expect(gate.released).toEqual([items]);
  });

  it('answers the first order again for the same Idempotency-Key, placing nothing', async () => {
    const { orders, inventory, placeOrder } = setUp();
    const first = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k1' });
    const again = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k1' });
    expect(again).toEqual(first);
    expect(orders.rows.size).toBe(1);
    expect(inventory.calls).toHaveLength(2);
  });

  it('answers the same refusal again for the key of a failed order', async () => {
    const { inventory, placeOrder } = setUp();
    inventory.fail.freeze = new ConflictError('no stock');
    await expect(placeOrder.execute({ userId: 7, items, idempotencyKey: 'k' })).rejects.toThrow(
      'no stock',
    );
    inventory.fail = {};
    await expect(placeOrder.execute({ userId: 7, items, idempotencyKey: 'k' })).rejects.toThrow(
      new ConflictError('no stock'),
    );
  });

  it('refuses at the gate before any transaction when it knows a SKU is short', async () => {
    const { gate, inventory, log, placeOrder } = setUp();
    gate.short = { skuId: 'T00100', available: 1 };
    await expect(placeOrder.execute({ userId: 7, items })).rejects.toThrow(
      new NotEnoughStockError('T00100', 1, 2),
    );
    expect(inventory.calls).toEqual([]);
    expect(log.txs.size).toBe(0);
  });

  it.each([
    ['bad lines', [{ skuId: 'T00100', quantity: 0 }], InvalidArgumentError],
    ['an unknown SKU', [{ skuId: 'T00199', quantity: 1 }], UnknownSkuError],
    ['a SKU off shelf', [{ skuId: 'T00109', quantity: 1 }], SkuOffShelfError],
  ])('refuses %s before anything is written', async (_what, lines, error) => {
    const { orders, log, placeOrder } = setUp();
    await expect(placeOrder.execute({ userId: 7, items: lines })).rejects.toThrow(error);
    expect(orders.rows.size).toBe(0);
    expect(log.txs.size).toBe(0);
  });
});

describe('PlaceOrder with an address', () => {
  it('keeps a copy of the address and records the timeline of the order', async () => {
    const { orders, placeOrder } = setUp();
    const view = await placeOrder.execute({ userId: 7, items, addressId: 3 });
    expect(view.shipping_address).toEqual({
      address_id: 3,
      recipient: '张三',
      mobile: '13800138000',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      street: '科技园',
      postal_code: null,
    });
    expect((await orders.timeline(1)).map((e) => [e.status, e.cause])).toEqual([
      ['PENDING', 'OrderRequested'],
      ['CREATED', 'OrderPlaced'],
    ]);
  });

  it('refuses an address that is not the buyer’s before anything is reserved', async () => {
    const { orders, gate, log, placeOrder } = setUp();
    const attempt = placeOrder.execute({ userId: 8, items, addressId: 3 });
    await expect(attempt).rejects.toThrow(NotFoundError);
    await expect(attempt).rejects.toThrow(/address_id/);
    expect(orders.rows.size).toBe(0);
    expect(log.txs.size).toBe(0);
    expect(gate.released).toEqual([]);
  });

  it('refuses an Idempotency-Key again with another address', async () => {
    const { placeOrder } = setUp();
    await placeOrder.execute({ userId: 7, items, idempotencyKey: 'a', addressId: 3 });
    await expect(placeOrder.execute({ userId: 7, items, idempotencyKey: 'a' })).rejects.toThrow(
      /Idempotency-Key/,
    );
  });
});

describe('PlaceOrder (message)', () => {
  it('commits the order PENDING with OrderRequested in one unit of work and answers at once', async () => {
    const { orders, inventory, unitOfWork, log, placeOrder } = setUp('message');
    const view = await placeOrder.execute({ userId: 7, items });
    expect(view).toMatchObject({ order_id: 1, status: 'PENDING' });
    expect(orders.events).toEqual([{ type: 'OrderRequested', orderId: 1 }]);
    expect(unitOfWork.committed).toBe(1);
    expect(inventory.calls).toEqual([]);
    expect(log.txs.size).toBe(0);
  });

  it('answers the first order for a key a concurrent request used first, and releases the gate', async () => {
    const { orders, gate, placeOrder } = setUp('message');
    const first = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k' });
    orders.blindKeyLookups = 1; // raced past the lookup: the insert finds the key taken
    const again = await placeOrder.execute({ userId: 7, items, idempotencyKey: 'k' });
    expect(again).toEqual(first);
    expect(orders.rows.size).toBe(1);
    expect(gate.released).toEqual([items]);
  });
});
