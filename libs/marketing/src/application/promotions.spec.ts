import { MemoryCache } from '@nestmall/cache';
import type { UnitOfWork } from '@nestmall/ports/platform';
import type { SkuDiscountTerms, SpendAndSaveTerms } from '../domain/promotion.js';
import type { ManagePromotions } from './manage-promotions.js';
import type { PromotionRepository } from './promotion.repository.js';
import { Promotions } from './promotions.js';

const T0 = new Date('2026-12-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** The promotions table as the repository's notEnded reads it, counting the reads. */
class FakePromotions {
  reads = 0;
  skuDiscounts: { id: number; terms: SkuDiscountTerms }[] = [];
  spendAndSave: { id: number; terms: SpendAndSaveTerms }[] = [];

  notEnded(now: Date) {
    this.reads++;
    return Promise.resolve({
      skuDiscounts: this.skuDiscounts.filter((d) => d.terms.validUntil > now),
      spendAndSave: this.spendAndSave.filter((r) => r.terms.validUntil > now),
    });
  }

  addSkuDiscount(terms: SkuDiscountTerms) {
    this.skuDiscounts.push({ id: this.skuDiscounts.length + 1, terms });
    return Promise.resolve(this.skuDiscounts.length);
  }
}

describe('Promotions.running (the order pricing reads a cached calendar)', () => {
  let table: FakePromotions;
  let promotions: Promotions;

  beforeEach(() => {
    table = new FakePromotions();
    table.skuDiscounts.push(
      { id: 1, terms: discount('T00100', 10, at(-60), at(30)) }, // running, ends in 30 min
      { id: 2, terms: discount('T00100', 20, at(10), at(120)) }, // starts in 10 min
      { id: 3, terms: discount('T00200', 5, at(-60), at(120)) }, // another SKU
    );
    table.spendAndSave.push({
      id: 7,
      terms: { name: 's', everyCents: 10_000, offCents: 500, validFrom: at(-5), validUntil: at(5) },
    });
    const unitOfWork = { run: (work: () => Promise<unknown>) => work() } as unknown as UnitOfWork;
    const manage = { recordCreation: () => Promise.resolve() } as unknown as ManagePromotions;
    promotions = new Promotions(
      table as unknown as PromotionRepository,
      unitOfWork,
      manage,
      new MemoryCache({ defaultTtlSeconds: 3600 }),
    );
  });

  it("answers the order's SKUs' discounts and the rules running at the time asked", async () => {
    const now = await promotions.running(['T00100'], T0);
    expect(now.sku_discounts.map((d) => d.discount_id)).toEqual([1]);
    expect(now.spend_and_save.map((r) => r.rule_id)).toEqual([7]);
    expect((await promotions.running([], T0)).sku_discounts).toEqual([]);
  });

  it('reads the table once, and follows starts and ends from the cached calendar', async () => {
    await promotions.running(['T00100'], T0);
    const later = await promotions.running(['T00100', 'T00200'], at(15));
    expect(later.sku_discounts.map((d) => d.discount_id)).toEqual([1, 2, 3]);
    expect(later.spend_and_save).toEqual([]); // ended at +5 min
    const after = await promotions.running(['T00100'], at(45));
    expect(after.sku_discounts.map((d) => d.discount_id)).toEqual([2]); // 1 ended at +30 min
    expect(table.reads).toBe(1);
  });

  it('sees a promotion created after the calendar was cached (the write invalidates it)', async () => {
    await promotions.running(['T00300'], T0);
    await promotions.createSkuDiscount({ kind: 'staff', staffId: 1 } as never, {
      name: 'new',
      sku_id: 'T00300',
      percent_off: 15,
      valid_from: at(-1).toISOString(),
      valid_until: at(60).toISOString(),
    });
    const now = await promotions.running(['T00300'], T0);
    expect(now.sku_discounts.map((d) => d.percent_off)).toEqual([15]);
    expect(table.reads).toBe(2);
  });
});

function discount(skuId: string, percentOff: number, from: Date, until: Date): SkuDiscountTerms {
  return { name: `${percentOff}% off`, skuId, percentOff, validFrom: from, validUntil: until };
}
