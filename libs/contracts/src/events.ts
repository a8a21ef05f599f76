// The integration events between contexts (libs/messaging carries them): their type names and
// payloads, snake_case like every other wire format here. A consumer must accept fields it does
// not know; a producer may add fields but never remove or retype one.

export interface EventLine {
  sku_id: string;
  quantity: number;
}

/**
 * A line of an order event: with the SKU's product and category when the order was placed
 * (absent on orders placed before they were recorded; category_id null: uncategorised).
 */
export interface OrderEventLine extends EventLine {
  product_id?: number;
  category_id?: number | null;
}

/** orders -> everyone: the order holds its stock (CREATED). */
export const ORDER_PLACED = 'OrderPlaced';
/** orders -> everyone: a placed order was cancelled by its buyer; its units went back. */
export const ORDER_CANCELLED = 'OrderCancelled';
/** orders -> everyone: the buyer paid a CREATED order (PAID). */
export const ORDER_PAID = 'OrderPaid';
/** orders -> everyone: a CREATED order stayed unpaid too long (CLOSED); its units went back. */
export const ORDER_CLOSED = 'OrderClosed';
/** orders -> everyone: staff handed a PAID order to the carrier (SHIPPED). */
export const ORDER_SHIPPED = 'OrderShipped';
/** orders -> everyone: the buyer has it (RECEIVED), by their word or N days after delivery. */
export const ORDER_RECEIVED = 'OrderReceived';

/**
 * orders -> everyone: an after-sales request took some of the order's goods back (a return
 * received, or a refund of an order never shipped): `units` (absent in events from before
 * partial refunds: all `items`); the inventory moves those units sold -> available, once per
 * request.
 */
export const ORDER_RETURNED = 'OrderReturned';
/**
 * orders -> everyone: an after-sales request's money came back: `units` refunded (absent in
 * events from before partial refunds: all `items`), `refund_cents`; `complete` when that was
 * the order's last unit (the order is REFUNDED; else it shows PARTIALLY_REFUNDED).
 */
export const ORDER_REFUNDED = 'OrderRefunded';

export interface OrderEventPayload {
  order_id: number;
  /** The global transaction (or two-phase message) that placed the order. */
  gid: string;
  user_id: number;
  total_cents: number;
  items: OrderEventLine[];
  /** OrderCancelled only: whether the order had been paid (a refund is due). */
  was_paid?: boolean;
  /** OrderShipped only: the carrier and its tracking number. */
  carrier?: string;
  tracking_number?: string;
  /** OrderRefunded only: whether all its goods came back (OrderReturned went before). */
  stock_returned?: boolean;
  /** OrderReturned, OrderRefunded: the after-sales request and the units it took back. */
  request_id?: number;
  units?: EventLine[];
  /** OrderRefunded only: the money this request gave back, and whether the order is REFUNDED. */
  refund_cents?: number;
  complete?: boolean;
}

/** orders -> everyone: a buyer opened an after-sales request (a return or a refund). */
export const AFTER_SALES_REQUESTED = 'AfterSalesRequested';
/** orders -> everyone: staff rejected it, with a reason. */
export const AFTER_SALES_REJECTED = 'AfterSalesRejected';
/** orders -> everyone: staff approved it, with a reason. */
export const AFTER_SALES_APPROVED = 'AfterSalesApproved';
/** orders -> everyone: the returned goods are back in the warehouse. */
export const AFTER_SALES_RETURN_RECEIVED = 'AfterSalesReturnReceived';
/** orders -> payment: refund refund_cents of the order's payment for this request. */
export const AFTER_SALES_REFUND_REQUESTED = 'AfterSalesRefundRequested';
/** orders -> everyone: the request's money is back with the buyer (REFUNDED). */
export const AFTER_SALES_REFUNDED = 'AfterSalesRefunded';

export interface AfterSalesEventPayload {
  request_id: number;
  order_id: number;
  user_id: number;
  /** REFUND | RETURN */
  kind: string;
  /** The request's status after the step. */
  status: string;
  /** The units it asks back (null: the whole order, for requests from before partial refunds). */
  lines?: EventLine[] | null;
  refund_cents: number;
  /** The staff member's reason (rejected, approved). */
  decision_reason?: string | null;
}

/**
 * orders -> everyone (the IM's status push): an order's status changed, any change (PENDING when
 * it is first saved, CREATED, PAID, SHIPPED, CANCELLED, ...), in the unit of work of the change.
 */
export const ORDER_STATUS_CHANGED = 'OrderStatusChanged';

export interface OrderStatusChangedPayload {
  order_id: number;
  user_id: number;
  /** The status it moved to. */
  status: string;
  /** What moved it: the order's event (OrderRequested for PENDING, OrderPlaced, OrderPaid, ...). */
  cause: string;
  /** 1 for its first status (PENDING), +1 at every change: the order of the changes. */
  sequence: number;
  /** ISO 8601. */
  at: string;
}

/**
 * im -> everyone (and the IM's replicas): a chat message was posted in a conversation about an
 * order (a buyer and the support staff), or its reader read up to a sequence.
 */
export const CHAT_MESSAGE_POSTED = 'ChatMessagePosted';
export const CHAT_MESSAGES_READ = 'ChatMessagesRead';

export interface ChatMessagePostedPayload {
  conversation_id: number;
  order_id: number;
  /** The buyer the conversation belongs to. */
  buyer_id: number;
  seq: number;
  /** buyer | staff */
  sender_role: string;
  sender_id: number;
  body: string;
  /** ISO 8601. */
  sent_at: string;
}

export interface ChatMessagesReadPayload {
  conversation_id: number;
  order_id: number;
  buyer_id: number;
  /** buyer | staff: who read. */
  reader_role: string;
  reader_id: number;
  /** Every message up to this sequence is read. */
  read_seq: number;
}

/**
 * im -> everyone (and the IM's replicas): a conversation was assigned to a support staff member
 * (claimed, or by a supervisor), closed, or opened again by its buyer's message.
 */
export const CHAT_CONVERSATION_CHANGED = 'ChatConversationChanged';

export interface ChatConversationChangedPayload {
  conversation_id: number;
  order_id: number;
  buyer_id: number;
  /** assigned | closed | reopened */
  change: string;
  /** OPEN | CLOSED: where it stands now. */
  status: string;
  /** The support staff member who answers it, or null. */
  assigned_staff_id: number | null;
  /** buyer | staff: who made the change, and their id. */
  by_role: string;
  by_id: number;
  /** ISO 8601. */
  at: string;
}

/**
 * thirdparty -> orders: the carrier reported where an order's parcel is (its signed tracking
 * notification checked out). Published once per carrier event id; DELIVERED starts the order's
 * automatic-receipt clock.
 */
export const SHIPMENT_TRACKED = 'ShipmentTracked';

export interface ShipmentTrackedPayload {
  /** The carrier's own event id (a replay carries the same one). */
  event_id: string;
  order_id: number;
  carrier: string;
  tracking_number: string;
  /** IN_TRANSIT | OUT_FOR_DELIVERY | DELIVERED | EXCEPTION */
  status: string;
  note: string | null;
  occurred_at: string;
}

/**
 * orders -> inventory (ORDER_CONSISTENCY=message, the two-phase message): an order was committed
 * PENDING and asks for its stock. The inventory answers StockDeducted or StockRejected.
 */
export const ORDER_REQUESTED = 'OrderRequested';

export interface OrderRequestedPayload {
  gid: string;
  order_id: number;
  items: EventLine[];
}

/**
 * orders -> marketing (ORDER_CONSISTENCY=message): an order with a coupon was committed PENDING
 * (with its OrderRequested) and asks for the coupon. The marketing context answers CouponUsed or
 * CouponRejected. An order without a coupon records none, and waits for no coupon answer.
 */
export const COUPON_USE_REQUESTED = 'CouponUseRequested';

export interface CouponUseRequestedPayload {
  gid: string;
  order_id: number;
  /** The buyer (the order-service's verified user): the coupon must be theirs. */
  user_id: number;
  coupon_id: number;
  /** What the coupon applies to (its minimum spend compares to it), and the discount priced. */
  base_cents: number;
  discount_cents: number;
}

/** inventory -> orders: the units of order `gid` moved from available to sold. */
export const STOCK_DEDUCTED = 'StockDeducted';
/** inventory -> orders: not enough stock (or an unknown SKU): nothing moved; cancel the order. */
export const STOCK_REJECTED = 'StockRejected';

export interface StockOutcomePayload {
  gid: string;
  order_id: number;
  /** Why, for StockRejected (CouponRejected). */
  reason?: string;
}

/** marketing -> orders: the coupon of order `gid` went AVAILABLE -> USED for it. */
export const COUPON_USED = 'CouponUsed';
/** marketing -> orders: the coupon cannot be used (taken, expired, minimum spend): nothing moved. */
export const COUPON_REJECTED = 'CouponRejected';

/** The coupon's answer to OrderRequested: the same shape as the inventory's. */
export type CouponOutcomePayload = StockOutcomePayload;

/**
 * orders -> inventory, marketing (ORDER_CONSISTENCY=message): a requested order failed after one
 * participant took its part (the stock deducted but the coupon refused, or the other way round):
 * give back what `gid` took (the units sold, the coupon used), once. An OrderEventPayload.
 */
export const ORDER_REJECTED = 'OrderRejected';

/** payment -> orders: the provider's confirmation of an order's payment checked out (PAID). */
export const PAYMENT_SUCCEEDED = 'PaymentSucceeded';
/** payment -> everyone: the provider declined a payment (the buyer may try again). */
export const PAYMENT_FAILED = 'PaymentFailed';
/**
 * payment -> everyone: some of a payment's money went back to the buyer: `refund_cents` for
 * after-sales request `request_id` (null: no request, e.g. the order was cancelled or closed).
 * One per refund; the payment is REFUNDED once all its money is back.
 */
export const PAYMENT_REFUNDED = 'PaymentRefunded';
/**
 * payment -> payment: refund `refund_cents` of this payment at its provider under our refund
 * `refund_id` (an after-sales request's amount, or what is left when its order ended paid).
 */
export const PAYMENT_REFUND_REQUESTED = 'PaymentRefundRequested';
/** payment -> payment: cancel this unpaid payment at its provider (its order ended). */
export const PAYMENT_CANCEL_REQUESTED = 'PaymentCancelRequested';

export interface PaymentEventPayload {
  payment_id: string;
  order_id: number;
  user_id: number;
  /** card | wallet */
  method: string;
  amount_cents: number;
  /** ISO 4217, e.g. CNY. */
  currency: string;
  /** PaymentRefundRequested, PaymentRefunded: our refund's id, its amount, its request. */
  refund_id?: string;
  refund_cents?: number;
  request_id?: number | null;
}

/**
 * verification -> its sender: send a code's message. The code travels sealed (AES-256-GCM under
 * VERIFICATION_SECRET), never in clear in the outbox or the broker; the event id is the message
 * id the e-mail and SMS providers de-duplicate on.
 */
export const VERIFICATION_MESSAGE_REQUESTED = 'VerificationMessageRequested';

export interface VerificationMessageRequestedPayload {
  purpose: string;
  channel: 'sms' | 'email';
  destination: string;
  sealed_code: string;
  /** Seconds the code lives, for the message's wording. */
  expires_in: number;
}

/**
 * Every consumer of integration events (each has its queue, retry queues and dead-letter queue
 * over RabbitMQ, and its inbox rows): the contexts' handlers use these names.
 */
export const CONSUMERS = {
  inventoryOrderRequests: 'inventory.order-requests',
  marketingCouponRequests: 'marketing.coupon-requests',
  inventoryOrderCancellations: 'inventory.order-cancellations',
  ordersStockOutcomes: 'orders.stock-outcomes',
  rankingSkuSales: 'ranking.sku-sales',
  verificationMessageSender: 'verification.message-sender',
  rankingOrders: 'ranking.orders',
  ordersPayments: 'orders.payments',
  ordersRefunds: 'orders.refunds',
  paymentOrderEnds: 'payment.order-ends',
  marketingOrderEnds: 'marketing.order-ends',
  paymentProviderWork: 'payment.provider-work',
  adminAudit: 'admin.audit',
  imOrderStatus: 'im.order-status',
  imChat: 'im.chat',
  ordersShipments: 'orders.shipments',
} as const;

/** catalog -> everyone: a product went on shelf; its SKUs are on sale at these prices. */
export const PRODUCT_PUBLISHED = 'ProductPublished';
/** catalog -> everyone: a product left the shelf (taken off, or edited back to draft). */
export const PRODUCT_UNPUBLISHED = 'ProductUnpublished';
/** catalog -> everyone: a SKU's price changed (on shelf or not). */
export const PRICE_CHANGED = 'PriceChanged';

export interface ProductPublishedPayload {
  product_id: number;
  skus: { sku_id: string; title: string; price_cents: number }[];
}

export interface ProductUnpublishedPayload {
  product_id: number;
  sku_ids: string[];
}

export interface PriceChangedPayload {
  product_id: number;
  sku_id: string;
  old_price_cents: number;
  new_price_cents: number;
}

/**
 * catalog -> admin: a staff member changed the catalog (the admin context appends it to its
 * audit log, once). Written in the same transaction as the change, so no change goes unaudited.
 */
export const CATALOG_CHANGED = 'CatalogChanged';

/**
 * marketing -> admin: a staff member created, edited or ended a promotion (SKU discount,
 * spend-and-save rule, coupon batch). Same shape and guarantee as CatalogChanged.
 */
export const MARKETING_CHANGED = 'MarketingChanged';
/**
 * inventory -> admin: a staff member received or adjusted a SKU's stock. Same shape and
 * guarantee as CatalogChanged.
 */
export const STOCK_CHANGED = 'StockChanged';

/** The audit record of a staff change in a context apart from the admin one. */
export type StaffChangePayload = CatalogChangedPayload;

export interface CatalogChangedPayload {
  actor_id: number;
  actor_email: string;
  /** product.create, product.edit, product.approve, ... */
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}
