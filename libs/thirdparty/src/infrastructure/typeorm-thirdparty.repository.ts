import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SHIPMENT_TRACKED, type ShipmentTrackedPayload } from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { ambientManager, InvalidArgumentError, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { ThirdpartyRepository } from '../application/thirdparty.repository.js';
import type { IdentityVerification } from '../domain/identity-verification.js';
import type { TrackingEvent } from '../domain/tracking.js';
import { IdentityEntity, TrackingEventEntity } from './thirdparty.entities.js';

@Injectable()
export class TypeOrmThirdpartyRepository extends ThirdpartyRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async recordTracking(event: TrackingEvent): Promise<boolean> {
    const orderId = Number(event.reference);
    if (!Number.isInteger(orderId) || orderId < 1)
      throw new InvalidArgumentError('reference must be an order id');
    const known = await this.manager.findOneBy(TrackingEventEntity, {
      carrier: event.carrier,
      eventId: event.eventId,
    });
    if (known) return false;
    try {
      await this.manager.insert(TrackingEventEntity, {
        carrier: event.carrier,
        eventId: event.eventId,
        trackingNumber: event.trackingNumber,
        orderId,
        status: event.status,
        occurredAt: event.occurredAt,
      });
    } catch (error) {
      // The same event arriving twice at once: the other delivery recorded it.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    const payload: ShipmentTrackedPayload = {
      event_id: event.eventId,
      order_id: orderId,
      carrier: event.carrier,
      tracking_number: event.trackingNumber,
      status: event.status,
      note: event.note,
      occurred_at: event.occurredAt.toISOString(),
    };
    await this.outbox.append([newEvent(SHIPMENT_TRACKED, payload)]);
    return true;
  }

  async saveIdentity(v: IdentityVerification): Promise<void> {
    await this.manager.save(IdentityEntity, {
      userId: v.userId,
      verdict: v.verdict,
      maskedIdNumber: v.maskedIdNumber,
      provider: v.provider,
      reference: v.reference,
      verifiedAt: v.verifiedAt,
    });
  }

  async identityOf(userId: number): Promise<IdentityVerification | null> {
    const row = await this.manager.findOneBy(IdentityEntity, { userId });
    if (!row) return null;
    return {
      userId: row.userId,
      verdict: row.verdict === 'MATCH' ? 'MATCH' : 'MISMATCH',
      maskedIdNumber: row.maskedIdNumber,
      provider: row.provider,
      reference: row.reference,
      verifiedAt: row.verifiedAt,
    };
  }
}
