import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import type { TrackingOutcomeView } from '../client/thirdparty.client.js';
import { parseTrackingEvent } from '../domain/tracking.js';
import { CarrierProvider } from './providers.js';
import { ThirdpartyRepository } from './thirdparty.repository.js';

/**
 * A carrier's tracking notification: its signature checked over the raw body first (401 and
 * nothing recorded when it does not verify), then recorded with ShipmentTracked in the outbox
 * in one unit of work. The same event again (the carrier retries, or someone replays it)
 * answers changed=false and publishes nothing.
 */
@Injectable()
export class HandleTracking {
  constructor(
    private readonly carrier: CarrierProvider,
    private readonly repository: ThirdpartyRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(body: string, signature: string | undefined): Promise<TrackingOutcomeView> {
    this.carrier.verifyNotification(body, signature);
    const event = parseTrackingEvent(body);
    const changed = await this.unitOfWork.run(() => this.repository.recordTracking(event));
    return { changed, status: event.status };
  }
}
