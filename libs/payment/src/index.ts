export { PaymentModule, PaymentHttpModule, PAYMENT_MIGRATIONS } from './payment.module.js';
export { PaymentRemoteModule } from './client/payment-remote.module.js';
export { PAYMENT_CONFIG, type PaymentConfig } from './payment.config.js';
export { PAYMENT_PROTO } from './payment.proto-contract.js';
export { PAYMENT_CONTEXT } from './payment.context.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/payment').
export * from './ports.js';
