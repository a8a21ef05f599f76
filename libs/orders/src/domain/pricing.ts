import { couponDiscountCents, type CouponPricingTerms } from '@nestmall/ports/marketing';

/**
 * The order's pricing, in one place: subtotal, discounts, shipping fee, total, all integer
 * cents. Pure: the promotions and the coupon come in as data (the marketing context's), the
 * shipping rule is the shop's.
 *
 * Order of the rules (each applies to what the one before left):
 * 1. time-limited SKU discounts, per line: a percentage of the line, rounded down to the cent;
 * 2. spend-and-save (满减): `offCents` for every full `everyCents` of what the SKU discounts left,
 *    the one rule that saves the most (rules do not stack);
 * 3. the coupon (one an order), on what spend-and-save left: its minimum spend compares to that
 *    amount; a percentage is rounded down to the cent (marketing's one rule, couponDiscountCents);
 * 4. shipping on what the buyer pays for the goods (free from FREE_SHIPPING_FROM_CENTS).
 * No discount takes an amount below zero: total = subtotal - discounts + shipping >= shipping.
 */

export const FREE_SHIPPING_FROM_CENTS = 9900;
export const FLAT_SHIPPING_CENTS = 1000;

/** Shipping fee: free from 99.00 of goods, else a flat 10.00 (the course's "快递费"). */
export function shippingFeeCents(goodsCents: number): number {
  return goodsCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export interface PricingLine {
  skuId: string;
  quantity: number;
  unitPriceCents: number;
}

/** A time-limited discount on one SKU (the caller passes only those running now). */
export interface SkuDiscount {
  id: number;
  name: string;
  skuId: string;
  /** 1..99. */
  percentOff: number;
}

/** Spend-and-save: `offCents` off for every full `everyCents` (30.00 off every 200.00). */
export interface SpendAndSaveRule {
  id: number;
  name: string;
  everyCents: number;
  offCents: number;
}

export interface PricingCoupon extends CouponPricingTerms {
  couponId: number;
  name: string;
}

export type DiscountKind = 'SKU_DISCOUNT' | 'SPEND_AND_SAVE' | 'COUPON';

/** One discount the order got, as stored on it and shown to the buyer. */
export interface DiscountLine {
  kind: DiscountKind;
  /** The discount's, the rule's or the coupon's id. */
  sourceId: number;
  label: string;
  /** SKU_DISCOUNT: its SKU. */
  skuId: string | null;
  amountCents: number;
}

export interface PriceBreakdown {
  lines: (PricingLine & { lineTotalCents: number })[];
  subtotalCents: number;
  discounts: DiscountLine[];
  discountCents: number;
  /** What the coupon applies to (after SKU discounts and spend-and-save). */
  couponBaseCents: number;
  shippingCents: number;
  totalCents: number;
}

export interface Promotions {
  skuDiscounts?: readonly SkuDiscount[];
  spendAndSave?: readonly SpendAndSaveRule[];
  coupon?: PricingCoupon | null;
}

/**
 * Prices an order. @throws Error from the coupon check (under its minimum spend): the caller
 * asks `couponApplies` first when it wants to refuse with its own error.
 */
export function priceOrder(
  lines: readonly PricingLine[],
  promotions: Promotions = {},
): PriceBreakdown {
  const priced = lines.map((l) => ({ ...l, lineTotalCents: l.unitPriceCents * l.quantity }));
  const subtotalCents = priced.reduce((sum, l) => sum + l.lineTotalCents, 0);
  const discounts: DiscountLine[] = [];

  for (const line of priced) {
    // The best running discount of the line's SKU (several never stack on one line).
    const best = (promotions.skuDiscounts ?? [])
      .filter((d) => d.skuId === line.skuId)
      .map((d) => ({ d, off: Math.floor((line.lineTotalCents * d.percentOff) / 100) }))
      .sort((a, b) => b.off - a.off || a.d.id - b.d.id)[0];
    if (best?.off)
      discounts.push({
        kind: 'SKU_DISCOUNT',
        sourceId: best.d.id,
        label: best.d.name,
        skuId: line.skuId,
        amountCents: best.off,
      });
  }
  let left = subtotalCents - sum(discounts);

  const save = (promotions.spendAndSave ?? [])
    .map((r) => ({ r, off: Math.min(Math.floor(left / r.everyCents) * r.offCents, left) }))
    .sort((a, b) => b.off - a.off || a.r.id - b.r.id)[0];
  if (save?.off) {
    discounts.push({
      kind: 'SPEND_AND_SAVE',
      sourceId: save.r.id,
      label: save.r.name,
      skuId: null,
      amountCents: save.off,
    });
    left -= save.off;
  }

  const couponBaseCents = left;
  const coupon = promotions.coupon;
  if (coupon) {
    const off = couponDiscountCents(coupon, left);
    if (off)
      discounts.push({
        kind: 'COUPON',
        sourceId: coupon.couponId,
        label: coupon.name,
        skuId: null,
        amountCents: off,
      });
    left -= off;
  }

  const shippingCents = shippingFeeCents(left);
  const discountCents = sum(discounts);
  return {
    lines: priced,
    subtotalCents,
    discounts,
    discountCents,
    couponBaseCents,
    shippingCents,
    totalCents: subtotalCents - discountCents + shippingCents,
  };
}

function sum(discounts: readonly DiscountLine[]): number {
  return discounts.reduce((s, d) => s + d.amountCents, 0);
}
