import { PaymentProvider, PaymentProviders } from '../application/payment-provider.js';
import type { PaymentMethod } from '../domain/payment.js';
import type { PaymentConfig } from '../payment.config.js';
import { CardPaymentProvider, WalletPaymentProvider } from './http-payment-providers.js';

/** The card and wallet providers, each at its configured address with its webhook secret. */
export class ConfiguredPaymentProviders extends PaymentProviders {
  private readonly byMethod: ReadonlyMap<PaymentMethod, PaymentProvider>;

  constructor(config: PaymentConfig) {
    super();
    const timeoutMs = config.PAYMENT_PROVIDER_TIMEOUT_MS;
    const providers = [
      new CardPaymentProvider({
        url: config.PAYMENT_CARD_URL,
        webhookSecret: config.PAYMENT_CARD_WEBHOOK_SECRET,
        timeoutMs,
      }),
      new WalletPaymentProvider({
        url: config.PAYMENT_WALLET_URL,
        webhookSecret: config.PAYMENT_WALLET_WEBHOOK_SECRET,
        timeoutMs,
      }),
    ];
    this.byMethod = new Map(providers.map((p) => [p.method, p]));
  }

  get(method: PaymentMethod): PaymentProvider {
    const provider = this.byMethod.get(method);
    if (!provider) throw new Error(`no ${method} payment provider`);
    return provider;
  }

  all(): readonly PaymentProvider[] {
    return [...this.byMethod.values()];
  }
}
