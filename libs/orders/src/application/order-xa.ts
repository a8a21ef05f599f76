import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InventoryClient } from '@nestmall/ports/inventory';
import { MarketingClient } from '@nestmall/ports/marketing';
import { UnitOfWork } from '@nestmall/ports/platform';
import {
  XaCoordinator,
  XaResource,
  type TccOutcome,
  type XaTransactionType,
} from '@nestmall/ports/transactions';
import {
  checkCouponDiscount,
  Order,
  OrderNotFoundError,
  type OrderDraft,
} from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { OrdersInFlight } from './orders-in-flight.js';
import type { CancelOrderPayload, PlaceOrderPayload } from './order-transaction-types.js';

/**
 * The orders context's two kinds of global transaction as a two-phase commit over XA
 * (ORDER_CONSISTENCY=xa). One XA branch per database:
 *
 * xa-place-order: orders = insert the order and mark it CREATED; inventory = available -> sold;
 * marketing (an order with a coupon; none without, and no call in phase two) = the coupon
 * AVAILABLE -> USED. Nothing is
 * PENDING, frozen or compensated: until the decision the branches are prepared (their rows
 * locked, invisible to others), then all commit or all roll back.
 *
 * xa-cancel-order: orders = CREATED/PAID -> CANCELLED (or, with `close`, CREATED -> CLOSED);
 * inventory = what the order sold back to available. The coupon goes back to its buyer as in
 * tcc: the marketing context hears the order's OrderCancelled / OrderClosed.
 */
@Injectable()
export class OrderXa implements OnModuleInit {
  readonly placeOrder: XaTransactionType<PlaceOrderPayload>;
  readonly cancelOrder: XaTransactionType<CancelOrderPayload>;

  constructor(
    private readonly coordinator: XaCoordinator,
    private readonly xa: XaResource,
    private readonly orders: OrderRepository,
    private readonly inFlight: OrdersInFlight,
    private readonly unitOfWork: UnitOfWork,
    inventory: InventoryClient,
    marketing: MarketingClient,
  ) {
    const ordersBranch = {
      name: 'orders',
      commit: (gid: string) => this.xa.commit(gid),
      rollback: (gid: string) => this.xa.rollback(gid),
      recover: () => this.xa.recover(),
    };
    const inventoryBranch = {
      name: 'inventory',
      commit: (gid: string) => inventory.commitXa(gid),
      rollback: (gid: string) => inventory.rollbackXa(gid),
      recover: () => inventory.recoverXa(),
    };
    this.placeOrder = {
      kind: 'xa-place-order',
      branches: [
        {
          ...ordersBranch,
          // First: the order's row holds its Idempotency-Key. Five requests of one key prepared
          // side by side deadlocked across the two databases (one held the key, another the
          // stock row the first needed) until innodb_lock_wait_timeout (CI, 2026-11-30).
          prepareFirst: true,
          prepare: (gid, { draft }) =>
            this.branch(gid, async () => {
              const order = this.inFlight.take(gid) ?? Order.place(draft);
              await this.orders.add(order);
              order.confirm();
              await this.orders.save(order);
              return order;
            }),
        },
        {
          ...inventoryBranch,
          prepare: (gid, { draft }) =>
            inventory.prepareSaleXa(
              gid,
              draft.items.map((i) => ({ sku_id: i.skuId, quantity: i.quantity })),
            ),
        },
        {
          name: 'marketing',
          // After the stock: every order locks its stock rows before its coupon's row.
          prepareLast: true,
          prepare: async (gid, { draft }) => {
            if (draft.couponId === null) return false; // no branch: no phase-two call either
            const lock = await marketing.prepareCouponUseXa(
              gid,
              draft.couponId,
              draft.userId,
              draft.couponBaseCents,
            );
            // Refused: every branch rolls back.
            checkCouponDiscount(draft, lock.discount_cents);
          },
          commit: (gid: string) => marketing.commitXa(gid),
          rollback: (gid: string) => marketing.rollbackXa(gid),
          recover: () => marketing.recoverXa(),
        },
      ],
    };
    this.cancelOrder = {
      kind: 'xa-cancel-order',
      branches: [
        {
          ...ordersBranch,
          // First: the order's row, so that two cancels of one order wait for each other here.
          prepareFirst: true,
          prepare: (gid, p) =>
            this.branch(gid, async () => {
              const order = this.inFlight.take(gid) ?? (await this.orders.findById(p.orderId));
              if (!order) throw new OrderNotFoundError(p.orderId);
              if (p.close ? order.close() : order.cancel()) await this.orders.save(order);
              return order;
            }),
        },
        {
          ...inventoryBranch,
          prepare: (gid, p) => inventory.prepareReturnXa(gid, p.orderGid),
        },
      ],
    };
  }

  onModuleInit(): void {
    this.coordinator.register(this.placeOrder);
    this.coordinator.register(this.cancelOrder);
  }

  place(draft: OrderDraft): Promise<TccOutcome> {
    return this.coordinator.execute(this.placeOrder, draft.gid, { draft });
  }

  cancel(gid: string, payload: CancelOrderPayload): Promise<TccOutcome> {
    return this.coordinator.execute(this.cancelOrder, gid, payload);
  }

  /** The orders branch: `change` in an XA branch of the orders' database, prepared. */
  private branch(gid: string, change: () => Promise<Order>): Promise<void> {
    return this.xa.prepare(gid, async () => {
      const order = await change();
      this.unitOfWork.afterCommit(() => this.inFlight.committed(gid, order));
    });
  }
}
