import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { ShipInput, ShipmentView } from '../client/thirdparty.client.js';
import { CarrierProvider } from './providers.js';
import { CarrierNotifyUrl } from './thirdparty.repository.js';

/**
 * Creates an order's shipment at the carrier. The idempotency key is the order's, so a retried
 * or repeated request gets the same tracking number. A carrier that is down, too slow or whose
 * circuit is open: ProviderUnavailableError (503 naming it), and nothing was shipped.
 */
@Injectable()
export class CreateShipment {
  constructor(
    private readonly carrier: CarrierProvider,
    private readonly notify: CarrierNotifyUrl,
  ) {}

  async execute(input: ShipInput): Promise<ShipmentView> {
    if (!Number.isInteger(input.orderId) || input.orderId < 1)
      throw new InvalidArgumentError('orderId must be a positive integer');
    for (const field of ['recipient', 'mobile', 'address'] as const)
      if (!input[field]) throw new InvalidArgumentError(`${field} is required to ship`);
    const created = await this.carrier.createShipment({
      reference: String(input.orderId),
      recipient: input.recipient,
      mobile: input.mobile,
      address: input.address,
      notifyUrl: this.notify.url,
      idempotencyKey: `order-${input.orderId}-shipment`,
    });
    return { carrier: created.carrier, tracking_number: created.trackingNumber };
  }
}
