import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Events written in the same local transaction as the change that caused them. */
@Entity({ name: 'messaging_outbox' })
export class OutboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** The whole IntegrationEvent as JSON. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'published_at_ms', type: 'bigint', nullable: true })
  publishedAtMs: number | null;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'next_attempt_at_ms', type: 'bigint' })
  nextAttemptAtMs: number;

  @Column({ name: 'lease_until_ms', type: 'bigint', nullable: true })
  leaseUntilMs: number | null;

  /** The relay pass that holds the lease (one UPDATE leases a batch; this says which rows). */
  @Column({ name: 'lease_token', type: 'varchar', length: 36, nullable: true })
  leaseToken: string | null;

  @Column({ name: 'created_at_ms', type: 'bigint' })
  createdAtMs: number;

  /** Its place among the events written with it (same `createdAtMs`): their order. */
  @Column({ type: 'int', default: 0 })
  position: number;
}

/** Events a consumer has handled: a redelivery finds its row and changes nothing. */
@Entity({ name: 'messaging_inbox' })
export class InboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ name: 'handled_at_ms', type: 'bigint' })
  handledAtMs: number;
}

/** An event a consumer of the in-process bus gave up on (see CreateDeadLetters1764130000000). */
@Entity({ name: 'messaging_dead_letter' })
export class DeadLetterEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** The whole IntegrationEvent as JSON. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 300 })
  error: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'dead_at_ms', type: 'bigint' })
  deadAtMs: number;
}
