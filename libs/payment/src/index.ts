export { PaymentModule, PaymentHttpModule, PAYMENT_MIGRATIONS } from './payment.module.js';
export { PaymentClient } from './client/payment.client.js';
export { PaymentRemoteModule } from './client/payment-remote.module.js';
export type { PaymentView, NotificationOutcome } from './application/payment-views.js';
export type {
  ReconciliationReport,
  ReconciliationDifference,
} from './application/reconcile-payments.js';
export { PAYMENT_METHODS, type PaymentMethod, type PaymentStatus } from './domain/payment.js';
export { PAYMENT_CONFIG, type PaymentConfig } from './payment.config.js';
export { PAYMENT_PROTO } from './payment.proto-contract.js';
export { PAYMENT_CONTEXT } from './payment.context.js';
