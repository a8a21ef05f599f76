import { InvalidArgumentError } from '@nestmall/ports/platform';
import { MAX_CENTS } from './coupon-template.js';

/** A time-limited discount on one SKU: `percentOff` of its lines while the window runs. */
export interface SkuDiscountTerms {
  name: string;
  skuId: string;
  /** 1..99, rounded down to the cent by the order's pricing. */
  percentOff: number;
  validFrom: Date;
  validUntil: Date;
}

/** Spend-and-save (满减): `offCents` for every full `everyCents` while the window runs. */
export interface SpendAndSaveTerms {
  name: string;
  everyCents: number;
  offCents: number;
  validFrom: Date;
  validUntil: Date;
}

/** A promotion runs from `validFrom` (included) until `validUntil` (excluded). */
export function runsAt(window: { validFrom: Date; validUntil: Date }, now: Date): boolean {
  return window.validFrom <= now && now < window.validUntil;
}

const SKU_ID = /^[A-Z0-9]{1,32}$/;

function checkCommon(t: { name: string; validFrom: Date; validUntil: Date }): string {
  const name = t.name?.trim() ?? '';
  if (name.length < 1 || name.length > 64)
    throw new InvalidArgumentError('name must be 1 to 64 characters');
  if (Number.isNaN(t.validFrom?.getTime()))
    throw new InvalidArgumentError('valid_from must be an ISO 8601 time');
  if (Number.isNaN(t.validUntil?.getTime()))
    throw new InvalidArgumentError('valid_until must be an ISO 8601 time');
  if (t.validUntil <= t.validFrom)
    throw new InvalidArgumentError('valid_until must be after valid_from');
  return name;
}

export function checkSkuDiscount(t: SkuDiscountTerms): SkuDiscountTerms {
  const name = checkCommon(t);
  if (!SKU_ID.test(t.skuId ?? ''))
    throw new InvalidArgumentError('sku_id must be 1 to 32 capital letters or digits');
  if (!Number.isSafeInteger(t.percentOff) || t.percentOff < 1 || t.percentOff > 99)
    throw new InvalidArgumentError('percent_off must be an integer from 1 to 99');
  return { ...t, name };
}

export function checkSpendAndSave(t: SpendAndSaveTerms): SpendAndSaveTerms {
  const name = checkCommon(t);
  if (!Number.isSafeInteger(t.everyCents) || t.everyCents < 1 || t.everyCents > MAX_CENTS)
    throw new InvalidArgumentError(`every_cents must be an integer from 1 to ${MAX_CENTS}`);
  if (!Number.isSafeInteger(t.offCents) || t.offCents < 1 || t.offCents >= t.everyCents)
    throw new InvalidArgumentError('off_cents must be an integer from 1 to under every_cents');
  return { ...t, name };
}
