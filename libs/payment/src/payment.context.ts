import type { ContextDefinition } from '@nestmall/platform';
import { PaymentRemoteModule } from './client/payment-remote.module.js';
import { PAYMENT_CONFIG } from './payment.config.js';
import { PAYMENT_MIGRATIONS, PaymentHttpModule, PaymentModule } from './payment.module.js';
import { PAYMENT_PROTO } from './payment.proto-contract.js';

/** The payment context as apps compose it. Its host passes a module that provides OrdersClient. */
export const PAYMENT_CONTEXT: ContextDefinition = {
  module: (clients) => PaymentModule.register({ imports: [...clients] }),
  http: (client) => PaymentHttpModule.register({ imports: [client] }),
  remote: () => PaymentRemoteModule.forRoot(),
  migrations: PAYMENT_MIGRATIONS,
  proto: PAYMENT_PROTO,
  config: PAYMENT_CONFIG,
};
