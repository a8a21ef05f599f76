// '@nestmall/ports/payment': the payment client port, its views and the payment rules other
// contexts' domain/ and application/ code may use (no transport, no ORM behind it).
export { PaymentClient } from './client/payment.client.js';
export type { PaymentView, NotificationOutcome } from './application/payment-views.js';
export type {
  ReconciliationReport,
  ReconciliationDifference,
} from './application/reconcile-payments.js';
export { PAYMENT_METHODS, type PaymentMethod, type PaymentStatus } from './domain/payment.js';
