import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { DiscountLine } from './pricing.js';

/** Some units of one line of an order, as a buyer asks for them back. */
export interface RefundLine {
  skuId: string;
  quantity: number;
}

/** What a refund of some lines is worth, line by line, and in all. */
export interface RefundQuote {
  lines: (RefundLine & { refundCents: number })[];
  /** The shipping fee, given back with the refund that brings the order's last unit back. */
  shippingCents: number;
  refundCents: number;
  /** After it, every unit of the order is refunded (the order will be REFUNDED). */
  complete: boolean;
}

/** What the quote reads of an order: its lines, its discounts, its shipping and its total. */
export interface RefundableOrder {
  items: readonly { skuId: string; quantity: number; lineTotalCents: number }[];
  discounts: readonly DiscountLine[];
  shippingCents: number;
  totalCents: number;
}

/**
 * What each line of an order was paid, in cents, summing exactly to what was paid for the goods
 * (total - shipping). A line pays its price less its own SKU discount, less a share of the
 * order-wide discounts (spend-and-save and the coupon) in proportion to what its SKU discount
 * left of it: each share rounded down, the cents that rounding leaves over taken by the lines
 * in order (the largest first, then the order's SKU order), one cent each.
 */
export function paidPerLine(order: RefundableOrder): Map<string, number> {
  const afterSku = order.items.map((item) => {
    const own = order.discounts
      .filter((d) => d.kind === 'SKU_DISCOUNT' && d.skuId === item.skuId)
      .reduce((s, d) => s + d.amountCents, 0);
    return { skuId: item.skuId, cents: item.lineTotalCents - own };
  });
  const base = afterSku.reduce((s, l) => s + l.cents, 0);
  const orderWide = order.discounts
    .filter((d) => d.kind !== 'SKU_DISCOUNT')
    .reduce((s, d) => s + d.amountCents, 0);
  const shares = afterSku.map((l) => (base === 0 ? 0 : Math.floor((orderWide * l.cents) / base)));
  let left = orderWide - shares.reduce((s, x) => s + x, 0);
  const byCents = afterSku.map((l, i) => ({ l, i })).sort((a, b) => b.l.cents - a.l.cents);
  for (const { i } of byCents) {
    if (left === 0) break;
    if (afterSku[i].cents - shares[i] > 0) {
      shares[i] += 1;
      left -= 1;
    }
  }
  return new Map(afterSku.map((l, i) => [l.skuId, l.cents - shares[i]]));
}

/**
 * The refund of `wanted` units of an order, `taken` units of it being refunded or asked back
 * already (its other requests that were not rejected). A line of n units paid P gives back, for
 * its units k+1 .. k+q, floor(P * (k+q) / n) - floor(P * k / n): every unit of a line is worth
 * the same to the cent but for rounding, and however the units are split over requests they
 * give back exactly P once all are back. The shipping fee goes back with the order's last unit,
 * so all the refunds of an order add up to its total, never more.
 * @throws InvalidArgumentError naming the line: an SKU not in the order, a quantity that is not
 * an integer >= 1, the same SKU twice, or more units than are left to refund
 */
export function quoteRefund(
  order: RefundableOrder,
  wanted: readonly RefundLine[],
  taken: readonly RefundLine[],
): RefundQuote {
  // (wanted comes from a request: a check, not a narrowing, that it is a list)
  if (!(wanted instanceof Array) || wanted.length === 0)
    throw new InvalidArgumentError('lines must name at least one line of the order');
  const paid = paidPerLine(order);
  const takenOf = (skuId: string) =>
    taken.filter((t) => t.skuId === skuId).reduce((s, t) => s + t.quantity, 0);
  const seen = new Set<string>();
  const lines = wanted.map((line, at) => {
    const field = `lines[${at}]`;
    const item = order.items.find((i) => i.skuId === line?.skuId);
    if (!item) throw new InvalidArgumentError(`${field}.sku_id is not a line of the order`);
    if (seen.has(item.skuId))
      throw new InvalidArgumentError(`${field}.sku_id ${item.skuId} is named twice`);
    seen.add(item.skuId);
    const k = takenOf(item.skuId);
    const q = line.quantity;
    if (!Number.isInteger(q) || q < 1)
      throw new InvalidArgumentError(`${field}.quantity must be an integer >= 1`);
    if (k + q > item.quantity)
      throw new InvalidArgumentError(
        `${field}.quantity must be at most ${item.quantity - k} (the units of ${item.skuId} ` +
          'not refunded or asked back yet)',
      );
    const p = paid.get(item.skuId)!;
    const refundCents =
      Math.floor((p * (k + q)) / item.quantity) - Math.floor((p * k) / item.quantity);
    return { skuId: item.skuId, quantity: q, refundCents };
  });
  const complete = order.items.every(
    (i) =>
      takenOf(i.skuId) + (lines.find((l) => l.skuId === i.skuId)?.quantity ?? 0) === i.quantity,
  );
  const shippingCents = complete ? order.shippingCents : 0;
  const refundCents = lines.reduce((s, l) => s + l.refundCents, 0) + shippingCents;
  return { lines, shippingCents, refundCents, complete };
}
