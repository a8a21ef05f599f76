/** What the use cases need of the configuration (the module reads the variables). */
export abstract class PaymentSettings {
  /** ISO 4217 code every payment is made in. */
  abstract readonly currency: string;
  /** The shop's public edge, for the providers' notifications. */
  abstract readonly notifyBaseUrl: string;
}
