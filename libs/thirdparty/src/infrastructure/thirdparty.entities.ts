import { Column, Entity, PrimaryColumn } from 'typeorm';

/** thirdparty_tracking_event: each carrier event heard once (its id refuses a replay). */
@Entity({ name: 'thirdparty_tracking_event' })
export class TrackingEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  carrier: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId: string;

  @Column({ name: 'tracking_number', type: 'varchar', length: 64 })
  trackingNumber: string;

  @Column({ name: 'order_id', type: 'int' })
  orderId: number;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;
}

/** thirdparty_identity: a buyer's last identity verification (verdict and masked number only). */
@Entity({ name: 'thirdparty_identity' })
export class IdentityEntity {
  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 10 })
  verdict: string;

  @Column({ name: 'masked_id_number', type: 'varchar', length: 18 })
  maskedIdNumber: string;

  @Column({ type: 'varchar', length: 48 })
  provider: string;

  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ name: 'verified_at', type: 'datetime' })
  verifiedAt: Date;
}
