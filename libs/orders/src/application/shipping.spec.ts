import { describe, expect, it } from '@jest/globals';
import { FakeEventBus, ordersContextWithFakes, UnusedThirdparty } from '@nestmall/testing';
import { DomainError } from '@nestmall/ports/platform';
import type { ShipInput, ShipmentView } from '@nestmall/ports/thirdparty';
import { newEvent } from '@nestmall/ports/messaging';
import { SHIPMENT_TRACKED, type ShipmentTrackedPayload } from '@nestmall/ports/contracts';
import { draftOrder, Order, type OrderStatus, type ShipTo } from '../domain/order.js';
import { AutoReceiveOrders } from './auto-receive-orders.js';
import { ReceiveOrder } from './receive-order.js';
import { ShipOrder } from './ship-order.js';
import { ShipmentTrackedHandler } from './shipment-tracked.handler.js';

const T0 = new Date('2026-11-30T10:00:00Z');
const DAY = 24 * 3600_000;

const SHIP_TO: ShipTo = {
  addressId: 3,
  recipient: '张三',
  mobile: '13800138000',
  province: '北京市',
  city: '北京市',
  district: '东城区',
  street: '东华门街道 1 号',
  postalCode: null,
};

/** The carrier as the orders see it: answers a tracking number, or fails as told. */
class FakeCarrier extends UnusedThirdparty {
  readonly shipped: ShipInput[] = [];
  fail?: DomainError;
  override async createShipment(input: ShipInput): Promise<ShipmentView> {
    if (this.fail) throw this.fail;
    this.shipped.push(input);
    return { carrier: 'sandbox-express', tracking_number: `SX${input.orderId}` };
  }
}

function setUp() {
  const context = ordersContextWithFakes();
  const carrier = new FakeCarrier();
  const ship = new ShipOrder(context.orders, context.unitOfWork, carrier);
  const receive = new ReceiveOrder(context.orders, context.unitOfWork);
  const autoReceive = new AutoReceiveOrders(context.orders, context.unitOfWork, { ms: 7 * DAY });
  const bus = new FakeEventBus();
  const tracked = new ShipmentTrackedHandler(bus, context.orders);
  const given = async (status: OrderStatus, shipTo: ShipTo | null = SHIP_TO) => {
    const order = Order.place(
      draftOrder(
        {
          gid: `placed-${context.orders.rows.size}`,
          userId: 7,
          idempotencyKey: null,
          consistency: 'tcc',
          shipTo,
        },
        [{ skuId: 'T00100', title: 't', quantity: 1, unitPriceCents: 100 }],
      ),
      T0,
    );
    await context.orders.add(order);
    order.pullEvents();
    context.orders.setStatus(order.orderId, status);
    return order.orderId;
  };
  const track = (orderId: number, status: string, occurredAt: Date) =>
    tracked.handle(
      newEvent<ShipmentTrackedPayload>(SHIPMENT_TRACKED, {
        event_id: `trk_${status}`,
        order_id: orderId,
        carrier: 'sandbox-express',
        tracking_number: `SX${orderId}`,
        status,
        note: null,
        occurred_at: occurredAt.toISOString(),
      }),
    );
  return { ...context, carrier, ship, receive, autoReceive, given, track };
}

describe('ShipOrder', () => {
  it('ships a PAID order with a carrier shipment: SHIPPED, OrderShipped with its tracking number', async () => {
    const { orders, carrier, ship, given } = setUp();
    const id = await given('PAID');
    const view = await ship.execute(id, T0);
    expect(view.status).toBe('SHIPPED');
    expect(carrier.shipped).toEqual([
      {
        orderId: id,
        recipient: '张三',
        mobile: '13800138000',
        address: '北京市 北京市 东城区 东华门街道 1 号',
      },
    ]);
    expect(orders.events.slice(-1)).toEqual([
      { type: 'OrderShipped', carrier: 'sandbox-express', trackingNumber: `SX${id}`, orderId: id },
    ]);
    expect(orders.rows.get(id)!.shipment).toMatchObject({ trackingNumber: `SX${id}` });
  });

  it('leaves the order PAID when the carrier is unavailable (its 503 goes through)', async () => {
    const { orders, carrier, ship, given } = setUp();
    const id = await given('PAID');
    carrier.fail = new DomainError('UNAVAILABLE', 'the carrier sandbox-express provider is down');
    await expect(ship.execute(id)).rejects.toThrow(/carrier sandbox-express/);
    expect(orders.rows.get(id)!.status).toBe('PAID');
  });

  it('refuses an order not PAID (409) or without an address (422), before asking the carrier', async () => {
    const { carrier, ship, given } = setUp();
    await expect(ship.execute(await given('CREATED'))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(ship.execute(await given('PAID', null))).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
    await expect(ship.execute(999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(carrier.shipped).toEqual([]);
  });

  it('answers 503 when the app has no carrier', async () => {
    const { orders, unitOfWork, given } = setUp();
    const id = await given('PAID');
    await expect(new ShipOrder(orders, unitOfWork).execute(id)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
  });
});

describe('tracking, receipt and automatic receipt', () => {
  it("puts the carrier's events on the timeline and receives a delivered order after 7 days", async () => {
    const { orders, ship, autoReceive, given, track } = setUp();
    const id = await given('PAID');
    await ship.execute(id, T0);
    await track(id, 'IN_TRANSIT', new Date(T0.getTime() + 1000));
    expect(await autoReceive.execute(new Date(T0.getTime() + 30 * DAY))).toBe(0); // not delivered
    const delivered = new Date(T0.getTime() + DAY);
    await track(id, 'DELIVERED', delivered);
    expect(await autoReceive.execute(new Date(delivered.getTime() + 7 * DAY - 1))).toBe(0);
    expect(await autoReceive.execute(new Date(delivered.getTime() + 7 * DAY + 1))).toBe(1);
    expect(orders.rows.get(id)!.status).toBe('RECEIVED');
    expect(orders.events.slice(-1)).toEqual([{ type: 'OrderReceived', orderId: id }]);
    expect((await orders.timeline(id)).map((e) => `${e.kind}:${e.status ?? e.cause}`)).toEqual([
      'status:PENDING',
      'status:SHIPPED',
      'shipment:OrderShipped',
      'tracking:IN_TRANSIT',
      'tracking:DELIVERED',
      'status:RECEIVED',
    ]);
    expect(await autoReceive.execute(new Date(delivered.getTime() + 30 * DAY))).toBe(0); // once
  });

  it('lets the buyer confirm, once; another buyer gets 404 and an unshipped order 409', async () => {
    const { orders, ship, receive, given } = setUp();
    const id = await given('PAID');
    await expect(receive.execute(7, id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await ship.execute(id, T0);
    await expect(receive.execute(8, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await receive.execute(7, id)).status).toBe('RECEIVED');
    expect((await receive.execute(7, id)).status).toBe('RECEIVED');
    expect(orders.events.filter((e) => e.type === 'OrderReceived')).toHaveLength(1);
  });

  it('refuses tracking for an unknown order or an order never shipped (dead letter)', async () => {
    const { given, track } = setUp();
    await expect(track(999, 'IN_TRANSIT', T0)).rejects.toThrow(/unknown order 999/);
    const id = await given('PAID');
    await expect(track(id, 'IN_TRANSIT', T0)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
