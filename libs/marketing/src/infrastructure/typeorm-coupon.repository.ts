import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COUPON_REJECTED, COUPON_USED, type CouponOutcomePayload } from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { ambientManager } from '@nestmall/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CouponRepository, type CouponAnswer } from '../application/coupon.repository.js';
import { Coupon, type CouponStatus } from '../domain/coupon.js';
import {
  CouponTemplate,
  type CouponKind,
  type CouponTemplateSnapshot,
} from '../domain/coupon-template.js';
import { CouponNotClaimableError, CouponNotUsableError } from '../domain/marketing-errors.js';
import { CouponEntity, CouponTemplateEntity } from './marketing.entities.js';
import { affectedBy } from './sql.js';

/**
 * Coupons in TypeORM. A claim is three guarded statements in the caller's transaction, the
 * template's row first: its lock serialises the claims of one template, so the per-user count
 * that follows cannot race (and two claims never take locks in opposite orders).
 */
@Injectable()
export class TypeOrmCouponRepository extends CouponRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  async answerOrderRequest(answer: CouponAnswer): Promise<void> {
    const payload: CouponOutcomePayload = {
      gid: answer.gid,
      order_id: answer.orderId,
      ...(answer.used ? {} : { reason: answer.reason }),
    };
    const type = answer.used ? COUPON_USED : COUPON_REJECTED;
    await this.outbox.append([newEvent(type, payload, { causation_id: answer.causationId })]);
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async addTemplate(template: CouponTemplate): Promise<CouponTemplateSnapshot> {
    const t = template.snapshot();
    const saved = await this.manager.save(CouponTemplateEntity, {
      name: t.name,
      kind: t.kind,
      amountOffCents: t.amountOffCents,
      percentOff: t.percentOff,
      minSpendCents: t.minSpendCents,
      validFromMs: t.validFrom.getTime(),
      validUntilMs: t.validUntil.getTime(),
      totalQuantity: t.totalQuantity,
      perUserLimit: t.perUserLimit,
      claimed: 0,
    });
    return { ...t, templateId: Number(saved.templateId) };
  }

  async findTemplate(templateId: number): Promise<CouponTemplate | null> {
    const row = await this.manager.findOneBy(CouponTemplateEntity, { templateId });
    return row ? CouponTemplate.restore(toTemplate(row)) : null;
  }

  async claim(templateId: number, userId: number, now: Date): Promise<number> {
    const counted = await affectedBy(
      this.dataSource,
      'UPDATE marketing_coupon_template SET claimed = claimed + 1 WHERE template_id = ? AND claimed < total_quantity',
      [templateId],
    );
    if (!counted)
      throw new CouponNotClaimableError(`coupon template ${templateId} has no coupon left`);
    const template = (await this.findTemplate(templateId))!.snapshot();
    const mine = await affectedBy(
      this.dataSource,
      'UPDATE marketing_coupon_claims SET claimed = claimed + 1 WHERE template_id = ? AND user_id = ? AND claimed < ?',
      [templateId, userId, template.perUserLimit],
    );
    if (!mine) {
      const earlier = await this.manager.query<unknown[]>(
        'SELECT claimed FROM marketing_coupon_claims WHERE template_id = ? AND user_id = ?',
        [templateId, userId],
      );
      if (earlier.length)
        throw new CouponNotClaimableError(
          `you already hold ${template.perUserLimit} coupon(s) of template ${templateId}, its limit per user`,
        );
      await this.manager.query(
        'INSERT INTO marketing_coupon_claims (template_id, user_id, claimed) VALUES (?, ?, 1)',
        [templateId, userId],
      );
    }
    const coupon = await this.manager.save(CouponEntity, {
      templateId,
      userId,
      status: 'AVAILABLE',
      gid: null,
      discountCents: null,
      claimedAtMs: now.getTime(),
    });
    return Number(coupon.couponId);
  }

  async findCoupon(couponId: number, userId: number): Promise<Coupon | null> {
    const row = await this.manager.findOneBy(CouponEntity, { couponId, userId });
    return row ? this.restore([row]).then((c) => c[0]) : null;
  }

  async findByGid(gid: string): Promise<Coupon | null> {
    const row = await this.manager.findOneBy(CouponEntity, { gid });
    return row ? this.restore([row]).then((c) => c[0]) : null;
  }

  async listByUser(userId: number): Promise<Coupon[]> {
    return this.restore(
      await this.manager.find(CouponEntity, { where: { userId }, order: { couponId: 'DESC' } }),
    );
  }

  async save(coupon: Coupon): Promise<void> {
    const c = coupon.snapshot();
    const saved = await affectedBy(
      this.dataSource,
      'UPDATE marketing_coupon SET status = ?, gid = ?, discount_cents = ? WHERE coupon_id = ? AND status = ?',
      [c.status, c.gid, c.discountCents, c.couponId, coupon.storedStatus],
    );
    if (!saved) throw new CouponNotUsableError(`coupon ${c.couponId} changed meanwhile; try again`);
  }

  private async restore(rows: CouponEntity[]): Promise<Coupon[]> {
    const ids = [...new Set(rows.map((r) => r.templateId))];
    const templates = new Map(
      (await this.manager.findBy(CouponTemplateEntity, { templateId: In(ids) })).map((t) => [
        Number(t.templateId),
        toTemplate(t),
      ]),
    );
    return rows.map((r) =>
      Coupon.restore({
        couponId: Number(r.couponId),
        templateId: Number(r.templateId),
        userId: Number(r.userId),
        status: r.status as CouponStatus,
        gid: r.gid,
        discountCents: r.discountCents === null ? null : Number(r.discountCents),
        claimedAt: new Date(Number(r.claimedAtMs)),
        template: templates.get(Number(r.templateId))!,
      }),
    );
  }
}

function toTemplate(row: CouponTemplateEntity): CouponTemplateSnapshot {
  return {
    templateId: Number(row.templateId),
    name: row.name,
    kind: row.kind as CouponKind,
    amountOffCents: Number(row.amountOffCents),
    percentOff: Number(row.percentOff),
    minSpendCents: Number(row.minSpendCents),
    validFrom: new Date(Number(row.validFromMs)),
    validUntil: new Date(Number(row.validUntilMs)),
    totalQuantity: Number(row.totalQuantity),
    perUserLimit: Number(row.perUserLimit),
    claimed: Number(row.claimed),
  };
}
