import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InventoryClient } from '@nestmall/inventory';
import { TccCoordinator, type TccTransactionType } from '@nestmall/transactions';
import { OrderRepository, type OrderDraft } from './order.repository.js';

export interface PlaceOrderPayload {
  draft: OrderDraft;
}

export interface CancelOrderPayload {
  orderId: number;
  /** The gid that placed the order: its freeze lines say what to return. */
  orderGid: string;
}

/**
 * The orders context's two global transactions, registered with the coordinator at start so
 * the recovery worker can finish them after a restart.
 *
 * place-order, the course's example: Try = create the PENDING order + freeze the stock;
 * Confirm = mark it CREATED + frozen -> sold; Cancel = mark it FAILED + unfreeze.
 *
 * cancel-order: Try = CREATED/PAID -> CANCELLED (refused otherwise); Confirm = the inventory
 * returns the units (sold -> available), retried until done.
 */
@Injectable()
export class OrderTransactions implements OnModuleInit {
  readonly placeOrder: TccTransactionType<PlaceOrderPayload>;
  readonly cancelOrder: TccTransactionType<CancelOrderPayload>;

  constructor(
    private readonly coordinator: TccCoordinator,
    orders: OrderRepository,
    inventory: InventoryClient,
  ) {
    this.placeOrder = {
      kind: 'place-order',
      branches: [
        {
          name: 'orders',
          try: (_gid, p) => orders.createPending(p.draft),
          confirm: (gid) => orders.markCreated(gid),
          cancel: (gid) => orders.markFailed(gid),
        },
        {
          name: 'inventory',
          try: (gid, p) =>
            inventory.freeze(
              gid,
              p.draft.items.map((i) => ({ sku_id: i.skuId, quantity: i.quantity })),
            ),
          confirm: (gid) => inventory.deduct(gid),
          cancel: (gid) => inventory.unfreeze(gid),
        },
      ],
    };
    this.cancelOrder = {
      kind: 'cancel-order',
      branches: [
        {
          name: 'orders',
          try: (gid, p) => orders.cancelPlaced(gid, p.orderId),
          confirm: async () => undefined,
          cancel: (gid) => orders.recordCancelOfCancel(gid),
        },
        {
          name: 'inventory',
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
}
