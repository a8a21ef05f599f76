import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, ConflictError } from '@nestmall/platform';
import {
  LessThanOrEqual,
  MoreThan,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
} from 'typeorm';
import {
  PromotionRepository,
  type PromotionQuery,
  type Stored,
} from '../application/promotion.repository.js';
import type { SkuDiscountTerms, SpendAndSaveTerms } from '../domain/promotion.js';
import {
  Promotion,
  type PromotionKind,
  type PromotionSnapshot,
  type PromotionStatus,
} from '../domain/promotion-lifecycle.js';
import {
  CouponTemplateEntity,
  SkuDiscountEntity,
  SpendAndSaveEntity,
} from './marketing.entities.js';
import { affectedBy } from './sql.js';

type Row = Record<string, unknown>;

/** Where each kind lives: its table, id column and the columns an edit may write. */
const TABLES = {
  sku_discount: {
    entity: SkuDiscountEntity,
    table: 'marketing_sku_discount',
    id: 'discount_id',
    idField: 'discountId',
    columns: { name: 'name', sku_id: 'skuId', percent_off: 'percentOff' },
  },
  spend_and_save: {
    entity: SpendAndSaveEntity,
    table: 'marketing_spend_and_save',
    id: 'rule_id',
    idField: 'ruleId',
    columns: { name: 'name', every_cents: 'everyCents', off_cents: 'offCents' },
  },
  coupon_batch: {
    entity: CouponTemplateEntity,
    table: 'marketing_coupon_template',
    id: 'template_id',
    idField: 'templateId',
    columns: {
      name: 'name',
      kind: 'couponKind',
      amount_off_cents: 'amountOffCents',
      percent_off: 'percentOff',
      min_spend_cents: 'minSpendCents',
      total_quantity: 'totalQuantity',
      per_user_limit: 'perUserLimit',
    },
  },
} as const;

/** SKU discounts and spend-and-save rules in TypeORM; every kind as the Promotion aggregate. */
@Injectable()
export class TypeOrmPromotionRepository extends PromotionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async addSkuDiscount(t: SkuDiscountTerms): Promise<number> {
    const saved = await this.manager.save(SkuDiscountEntity, {
      name: t.name,
      skuId: t.skuId,
      percentOff: t.percentOff,
      validFromMs: t.validFrom.getTime(),
      validUntilMs: t.validUntil.getTime(),
    });
    return Number(saved.discountId);
  }

  async addSpendAndSave(t: SpendAndSaveTerms): Promise<number> {
    const saved = await this.manager.save(SpendAndSaveEntity, {
      name: t.name,
      everyCents: t.everyCents,
      offCents: t.offCents,
      validFromMs: t.validFrom.getTime(),
      validUntilMs: t.validUntil.getTime(),
    });
    return Number(saved.ruleId);
  }

  async notEnded(now: Date): Promise<{
    skuDiscounts: Stored<SkuDiscountTerms>[];
    spendAndSave: Stored<SpendAndSaveTerms>[];
  }> {
    const where = { validUntilMs: MoreThan(now.getTime()) };
    const [discounts, rules] = await Promise.all([
      this.manager.find(SkuDiscountEntity, { where }),
      this.manager.find(SpendAndSaveEntity, { where }),
    ]);
    const dates = (r: { validFromMs: number | string; validUntilMs: number | string }) => ({
      validFrom: new Date(Number(r.validFromMs)),
      validUntil: new Date(Number(r.validUntilMs)),
    });
    return {
      skuDiscounts: discounts.map((d) => ({
        id: Number(d.discountId),
        terms: { name: d.name, skuId: d.skuId, percentOff: Number(d.percentOff), ...dates(d) },
      })),
      spendAndSave: rules.map((r) => ({
        id: Number(r.ruleId),
        terms: {
          name: r.name,
          everyCents: Number(r.everyCents),
          offCents: Number(r.offCents),
          ...dates(r),
        },
      })),
    };
  }

  async find(kind: PromotionKind, id: number): Promise<Promotion | null> {
    const t = TABLES[kind];
    const row = await this.manager.findOneBy<Row>(t.entity, { [t.idField]: id });
    return row ? Promotion.restore(toSnapshot(kind, row)) : null;
  }

  async list(query: PromotionQuery): Promise<{ items: PromotionSnapshot[]; total: number }> {
    const t = TABLES[query.kind];
    const [rows, total] = await this.manager.findAndCount<Row>(t.entity, {
      where: statusWhere(query.status, query.now),
      order: { [t.idField]: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return { items: rows.map((row) => toSnapshot(query.kind, row)), total };
  }

  async save(promotion: Promotion, loaded: PromotionSnapshot): Promise<void> {
    const t = TABLES[loaded.kind];
    const next = promotion.snapshot();
    const fields = Object.entries(t.columns) as [string, keyof PromotionSnapshot][];
    const values = (p: PromotionSnapshot) => [
      ...fields.map(([, field]) => p[field]),
      p.validFrom.getTime(),
      p.validUntil.getTime(),
    ];
    const columns = [...fields.map(([column]) => column), 'valid_from_ms', 'valid_until_ms'];
    const guard = loaded.kind === 'coupon_batch' ? ' AND claimed <= ?' : '';
    const changed = await affectedBy(
      this.dataSource,
      `UPDATE ${t.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${t.id} = ? AND ${columns.map((c) => `${c} = ?`).join(' AND ')}${guard}`,
      [...values(next), loaded.id, ...values(loaded), ...(guard ? [next.totalQuantity] : [])],
    );
    if (!changed)
      throw new ConflictError(
        `${loaded.kind} ${loaded.id} changed meanwhile${guard ? ' (or more coupons were claimed than total_quantity)' : ''}: read it again`,
      );
  }
}

function statusWhere(status: PromotionStatus | undefined, now: Date): FindOptionsWhere<Row> {
  const ms = now.getTime();
  if (status === 'scheduled') return { validFromMs: MoreThan(ms) };
  if (status === 'active') return { validFromMs: LessThanOrEqual(ms), validUntilMs: MoreThan(ms) };
  if (status === 'ended') return { validUntilMs: LessThanOrEqual(ms) };
  return {};
}

function toSnapshot(kind: PromotionKind, row: Row): PromotionSnapshot {
  const t = TABLES[kind];
  const snapshot: PromotionSnapshot = {
    kind,
    id: Number(row[t.idField]),
    name: String(row.name),
    validFrom: new Date(Number(row.validFromMs)),
    validUntil: new Date(Number(row.validUntilMs)),
  };
  for (const field of Object.values(t.columns)) {
    if (field === 'name') continue;
    const value = field === 'couponKind' ? row.kind : row[field];
    Object.assign(snapshot, {
      [field]: field === 'skuId' || field === 'couponKind' ? String(value) : Number(value),
    });
  }
  if (kind === 'coupon_batch') snapshot.claimed = Number(row.claimed);
  return snapshot;
}
