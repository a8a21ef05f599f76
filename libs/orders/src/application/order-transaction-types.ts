import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InventoryClient } from '@nestmall/ports/inventory';
import { MarketingClient } from '@nestmall/ports/marketing';
import { UnitOfWork } from '@nestmall/ports/platform';
import {
  BranchBarrier,
  TccCoordinator,
  type BarrierOp,
  type TccTransactionType,
} from '@nestmall/ports/transactions';
import {
  checkCouponDiscount,
  Order,
  OrderNotFoundError,
  type OrderDraft,
} from '../domain/order.js';
import type { OrdersConfig } from '../orders.config.js';
import { OrderRepository } from './order.repository.js';
import { OrdersInFlight } from './orders-in-flight.js';

export interface PlaceOrderPayload {
  draft: OrderDraft;
}

export interface CancelOrderPayload {
  orderId: number;
  /** The gid that placed the order: its freeze lines say what to return. */
  orderGid: string;
  /** Unpaid too long: CLOSED rather than CANCELLED (only a CREATED order closes). */
  close?: boolean;
}

/**
 * The TCC definitions of the orders context's two kinds of global transaction (their branches
 * and what each step does), registered with the coordinator at start so the recovery worker can
 * finish them after a restart.
 *
 * place-order, the course's example: Try = create the PENDING order + freeze the stock + lock
 * its coupon; Confirm = mark it CREATED + frozen -> sold + use the coupon; Cancel = mark it
 * FAILED + unfreeze + release the coupon (an order without a coupon: the third branch does
 * nothing), so a failed order never burns its coupon.
 *
 * cancel-order: Try = CREATED/PAID -> CANCELLED, or with `close` CREATED -> CLOSED (refused
 * otherwise); Confirm = the inventory returns the units (sold -> available), retried until done.
 *
 * The orders branch runs each step in one unit of work with its barrier row (gid, 'orders', op).
 * In the monolith every branch is local (in-process, on the app's one database), so the
 * coordinator commits both kinds in one phase; in the split, the full TCC over gRPC.
 */
@Injectable()
export class OrderTransactionTypes implements OnModuleInit {
  readonly placeOrder: TccTransactionType<PlaceOrderPayload>;
  readonly cancelOrder: TccTransactionType<CancelOrderPayload>;

  constructor(
    private readonly coordinator: TccCoordinator,
    private readonly orders: OrderRepository,
    private readonly inFlight: OrdersInFlight,
    private readonly unitOfWork: UnitOfWork,
    private readonly barrier: BranchBarrier,
    inventory: InventoryClient,
    marketing: MarketingClient,
    /** ORDER_GROUP_COMMIT (absent in specs: off). */
    @Optional() config?: ConfigService<OrdersConfig, true>,
  ) {
    this.placeOrder = {
      kind: 'place-order',
      // ORDER_GROUP_COMMIT=on: its one-phase commits go in groups (the monolith's: where every
      // branch is local; the split keeps the full TCC).
      groupCommit:
        config?.get('ORDER_GROUP_COMMIT', { infer: true }) === 'on' &&
        inventory.local === true &&
        marketing.local === true
          ? unitOfWork.groupCommit({
              windowMs: config.get('ORDER_GROUP_COMMIT_MS', { infer: true }),
              maxSize: config.get('ORDER_GROUP_COMMIT_MAX', { infer: true }),
              maxInFlight: config.get('ORDER_GROUP_COMMIT_IN_FLIGHT', { infer: true }),
            })
          : undefined,
      branches: [
        {
          name: 'orders',
          // The coordinator's own context, on its own database.
          local: true,
          try: (gid, p) =>
            this.step(gid, 'try', async () => {
              const order = this.inFlight.take(gid) ?? Order.place(p.draft);
              await this.orders.add(order);
              return order;
            }),
          confirm: (gid) => this.change(gid, 'confirm', (order) => order.confirm()),
          cancel: (gid) => this.change(gid, 'cancel', (order) => order.fail()),
        },
        {
          name: 'inventory',
          local: inventory.local,
          try: (gid, p) =>
            inventory.freeze(
              gid,
              p.draft.items.map((i) => ({ sku_id: i.skuId, quantity: i.quantity })),
            ),
          confirm: (gid) => inventory.deduct(gid),
          cancel: (gid) => inventory.unfreeze(gid),
        },
        {
          name: 'marketing',
          local: marketing.local,
          try: async (gid, { draft }) => {
            if (draft.couponId === null) return;
            const lock = await marketing.lockCoupon(
              gid,
              draft.couponId,
              draft.userId,
              draft.couponBaseCents,
            );
            checkCouponDiscount(draft, lock.discount_cents);
          },
          confirm: async (gid, { draft }) => {
            if (draft.couponId !== null) await marketing.useCoupon(gid);
          },
          cancel: async (gid, { draft }) => {
            if (draft.couponId !== null) await marketing.releaseCoupon(gid);
          },
        },
      ],
    };
    this.cancelOrder = {
      kind: 'cancel-order',
      branches: [
        {
          name: 'orders',
          local: true,
          try: (gid, p) =>
            this.step(gid, 'try', async () => {
              const order = this.inFlight.take(gid) ?? (await this.orders.findById(p.orderId));
              if (!order) throw new OrderNotFoundError(p.orderId);
              if (p.close ? order.close() : order.cancel()) await this.orders.save(order);
              return order;
            }),
          confirm: async () => undefined,
          // Its Try changes nothing when it fails: the barrier row is all there is to record.
          cancel: (gid) => this.step(gid, 'cancel', async () => null),
        },
        {
          name: 'inventory',
          local: inventory.local,
          try: async () => undefined,
          confirm: (_gid, p) => inventory.returnStock(p.orderGid),
          cancel: async () => undefined,
        },
      ],
    };
  }

  onModuleInit(): void {
    this.coordinator.register(this.placeOrder);
    this.coordinator.register(this.cancelOrder);
  }

  /** A transition of the order that `gid` placed: the use case's copy, or the stored one. */
  private change(gid: string, op: BarrierOp, transition: (order: Order) => void): Promise<void> {
    return this.step(gid, op, async () => {
      const order = this.inFlight.take(gid) ?? (await this.orders.findByGid(gid));
      if (!order) return null;
      transition(order);
      await this.orders.save(order);
      return order;
    });
  }

  /** One step of the orders branch: its barrier row and its change in one unit of work. */
  private step(gid: string, op: BarrierOp, business: () => Promise<Order | null>): Promise<void> {
    return this.unitOfWork.run(async () => {
      await this.barrier.guard(gid, op, async () => {
        const order = await business();
        if (order) this.unitOfWork.afterCommit(() => this.inFlight.committed(gid, order));
      });
    });
  }
}
