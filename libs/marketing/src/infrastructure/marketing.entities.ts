import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'marketing_coupon_template' })
export class CouponTemplateEntity {
  @PrimaryGeneratedColumn({ name: 'template_id', type: 'integer' })
  templateId: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'amount_off_cents', type: 'int' })
  amountOffCents: number;

  @Column({ name: 'percent_off', type: 'int' })
  percentOff: number;

  @Column({ name: 'min_spend_cents', type: 'int' })
  minSpendCents: number;

  @Column({ name: 'valid_from_ms', type: 'bigint' })
  validFromMs: number | string;

  @Column({ name: 'valid_until_ms', type: 'bigint' })
  validUntilMs: number | string;

  @Column({ name: 'total_quantity', type: 'int' })
  totalQuantity: number;

  @Column({ name: 'per_user_limit', type: 'int' })
  perUserLimit: number;

  @Column({ type: 'int' })
  claimed: number;
}

@Entity({ name: 'marketing_coupon' })
export class CouponEntity {
  @PrimaryGeneratedColumn({ name: 'coupon_id', type: 'integer' })
  couponId: number;

  @Column({ name: 'template_id', type: 'int' })
  templateId: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  gid: string | null;

  @Column({ name: 'discount_cents', type: 'int', nullable: true })
  discountCents: number | null;

  @Column({ name: 'claimed_at_ms', type: 'bigint' })
  claimedAtMs: number | string;
}

@Entity({ name: 'marketing_red_packet' })
export class RedPacketEntity {
  @PrimaryGeneratedColumn({ name: 'red_packet_id', type: 'integer' })
  redPacketId: number;

  @Column({ name: 'total_cents', type: 'int' })
  totalCents: number;

  @Column({ type: 'int' })
  shares: number;

  @Column({ name: 'created_at_ms', type: 'bigint' })
  createdAtMs: number | string;
}

/** A red packet's shares, split when it was created; a claim writes its user. */
@Entity({ name: 'marketing_red_packet_share' })
export class RedPacketShareEntity {
  @PrimaryColumn({ name: 'red_packet_id', type: 'int' })
  redPacketId: number;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  @Column({ name: 'claimed_at_ms', type: 'bigint', nullable: true })
  claimedAtMs: number | string | null;
}

@Entity({ name: 'marketing_sku_discount' })
export class SkuDiscountEntity {
  @PrimaryGeneratedColumn({ name: 'discount_id', type: 'integer' })
  discountId: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'sku_id', type: 'varchar', length: 32 })
  skuId: string;

  @Column({ name: 'percent_off', type: 'int' })
  percentOff: number;

  @Column({ name: 'valid_from_ms', type: 'bigint' })
  validFromMs: number | string;

  @Column({ name: 'valid_until_ms', type: 'bigint' })
  validUntilMs: number | string;
}

@Entity({ name: 'marketing_spend_and_save' })
export class SpendAndSaveEntity {
  @PrimaryGeneratedColumn({ name: 'rule_id', type: 'integer' })
  ruleId: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'every_cents', type: 'int' })
  everyCents: number;

  @Column({ name: 'off_cents', type: 'int' })
  offCents: number;

  @Column({ name: 'valid_from_ms', type: 'bigint' })
  validFromMs: number | string;

  @Column({ name: 'valid_until_ms', type: 'bigint' })
  validUntilMs: number | string;
}
