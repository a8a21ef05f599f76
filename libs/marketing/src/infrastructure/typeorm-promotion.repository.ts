import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import { In, LessThanOrEqual, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { PromotionRepository, type Stored } from '../application/promotion.repository.js';
import type { SkuDiscountTerms, SpendAndSaveTerms } from '../domain/promotion.js';
import { SkuDiscountEntity, SpendAndSaveEntity } from './marketing.entities.js';

/** SKU discounts and spend-and-save rules in TypeORM. */
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

  async running(
    skuIds: string[],
    now: Date,
  ): Promise<{
    skuDiscounts: Stored<SkuDiscountTerms>[];
    spendAndSave: Stored<SpendAndSaveTerms>[];
  }> {
    const window = {
      validFromMs: LessThanOrEqual(now.getTime()),
      validUntilMs: MoreThan(now.getTime()),
    };
    const [discounts, rules] = await Promise.all([
      skuIds.length
        ? this.manager.find(SkuDiscountEntity, { where: { skuId: In(skuIds), ...window } })
        : [],
      this.manager.find(SpendAndSaveEntity, { where: window }),
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
}
