import { ConflictError, InvalidArgumentError } from '@nestmall/ports/platform';
import { SKU_ID_PATTERN } from './sku.js';

/**
 * The review workflow: draft -> submitted -> approved | rejected (with a reason); approved ->
 * on_shelf <-> off_shelf. A rejected product is edited and submitted again. Only on_shelf is on
 * sale.
 */
export const PRODUCT_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'on_shelf',
  'off_shelf',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface SkuSpec {
  skuId: string;
  title: string;
  /** Integer cents, > 0. */
  priceCents: number;
  attributes: Record<string, string>;
}

export interface ProductContent {
  name: string;
  brandId: number | null;
  categoryId: number | null;
  skus: SkuSpec[];
  /** Its pictures, in display order: http(s) URLs, each once. */
  images: string[];
}

/** The moderation provider's word on one image (the catalog's own shape of it). */
export interface ImageVerdict {
  imageUrl: string;
  verdict: 'APPROVE' | 'REJECT';
  labels: string[];
}

export interface CatalogProductState extends ProductContent {
  productId: number;
  status: ProductStatus;
  rejectReason: string | null;
  /** Optimistic guard: the version this copy was loaded at (0: never saved). */
  version: number;
}

export type CatalogProductEvent =
  | { type: 'ProductPublished'; productId: number; skus: SkuSpec[] }
  | { type: 'ProductUnpublished'; productId: number; skuIds: string[] }
  | { type: 'PriceChanged'; productId: number; skuId: string; oldCents: number; newCents: number };

export const MAX_PRODUCT_NAME = 100;
export const MAX_SKUS = 50;
export const MAX_PRICE_CENTS = 100_000_000;
export const MAX_IMAGES = 10;
export const MAX_IMAGE_URL = 500;
const MAX_ATTRIBUTES = 20;
const MAX_REASON = 500;

/** A product as the back office manages it: its content, its SKUs and its place in the review. */
export class CatalogProduct {
  private events: CatalogProductEvent[] = [];

  private constructor(private state: CatalogProductState) {}

  static restore(state: CatalogProductState): CatalogProduct {
    return new CatalogProduct(structuredClone(state));
  }

  /** A new product, a draft. */
  static create(productId: number, content: unknown): CatalogProduct {
    return new CatalogProduct({
      productId,
      ...checkContent(content),
      status: 'draft',
      rejectReason: null,
      version: 0,
    });
  }

  get productId(): number {
    return this.state.productId;
  }
  get status(): ProductStatus {
    return this.state.status;
  }
  get version(): number {
    return this.state.version;
  }
  get onSale(): boolean {
    return this.state.status === 'on_shelf';
  }
  snapshot(): CatalogProductState {
    return structuredClone(this.state);
  }

  /**
   * New content. A change of SKU prices only keeps the product where it is (on shelf too) and
   * records PriceChanged per SKU. Any other change to a reviewed product (approved, on or off
   * shelf) sends it back to draft, to be reviewed again; on shelf, it leaves the shelf
   * (ProductUnpublished). A submitted product is not edited while it is being reviewed.
   * Returns false when nothing changed.
   */
  edit(input: unknown): boolean {
    const next = checkContent(input);
    const current = this.state;
    if (JSON.stringify(next) === JSON.stringify(contentOf(current))) return false;
    if (current.status === 'submitted')
      throw new ConflictError(
        `product ${current.productId} is being reviewed; it cannot be edited`,
      );
    const priceOnly =
      JSON.stringify(withoutPrices(next)) === JSON.stringify(withoutPrices(contentOf(current)));
    if (priceOnly) {
      current.skus.forEach((sku, i) => {
        const newCents = next.skus[i].priceCents;
        if (newCents !== sku.priceCents)
          this.events.push({
            type: 'PriceChanged',
            productId: current.productId,
            skuId: sku.skuId,
            oldCents: sku.priceCents,
            newCents,
          });
      });
    } else if (current.status !== 'draft' && current.status !== 'rejected') {
      if (current.status === 'on_shelf') this.unpublished();
      current.status = 'draft';
    }
    Object.assign(current, next);
    return true;
  }

  submit(): void {
    this.move(['draft', 'rejected'], 'submitted');
    this.state.rejectReason = null;
  }

  /**
   * The images moderation must pass before the product may be approved (every one, each time: an
   * image changed after an approval sends the product back to draft, so it is moderated again).
   * @throws ConflictError when the product is not submitted
   */
  imagesToModerate(): string[] {
    this.expectStatus(['submitted'], 'approved');
    return [...this.state.images];
  }

  /**
   * The reviewer's approval, with moderation's verdict on each image (`imagesToModerate()`, in
   * that order): approved when every image passed; rejected, naming each flagged image and its
   * labels, when one did not (a reviewer cannot approve around moderation).
   * @throws ConflictError when not submitted, or when the verdicts are not of its images
   */
  approve(verdicts: readonly ImageVerdict[]): void {
    this.expectStatus(['submitted'], 'approved');
    const images = this.state.images;
    if (verdicts.length !== images.length || verdicts.some((v, i) => v.imageUrl !== images[i]))
      throw new ConflictError(
        `product ${this.state.productId}: its images changed while they were moderated; approve again`,
      );
    const flagged = verdicts
      .map((v, i) => ({ ...v, position: i + 1 }))
      .filter((v) => v.verdict !== 'APPROVE');
    if (flagged.length === 0) {
      this.move(['submitted'], 'approved');
      return;
    }
    const reason = `moderation flagged ${flagged
      .map((v) => `image ${v.position} (${v.imageUrl}): ${v.labels.join(', ') || 'rejected'}`)
      .join('; ')}`;
    this.move(['submitted'], 'rejected');
    this.state.rejectReason =
      reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
  }

  reject(reason: unknown): void {
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text.length === 0 || text.length > MAX_REASON)
      throw new InvalidArgumentError(`reason must be 1 to ${MAX_REASON} characters`);
    this.move(['submitted'], 'rejected');
    this.state.rejectReason = text;
  }

  putOnShelf(): void {
    this.move(['approved', 'off_shelf'], 'on_shelf');
    this.events.push({
      type: 'ProductPublished',
      productId: this.state.productId,
      skus: structuredClone(this.state.skus),
    });
  }

  takeOffShelf(): void {
    this.move(['on_shelf'], 'off_shelf');
    this.unpublished();
  }

  /** The repository stored this copy: it is now at `version`. */
  saved(version: number): void {
    this.state.version = version;
  }

  pullEvents(): CatalogProductEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  private unpublished(): void {
    this.events.push({
      type: 'ProductUnpublished',
      productId: this.state.productId,
      skuIds: this.state.skus.map((s) => s.skuId),
    });
  }

  private move(from: readonly ProductStatus[], to: ProductStatus): void {
    this.expectStatus(from, to);
    this.state.status = to;
  }

  private expectStatus(from: readonly ProductStatus[], to: ProductStatus): void {
    if (!from.includes(this.state.status))
      throw new ConflictError(
        `product ${this.state.productId} is ${this.state.status}; only a product that is ${from.join(' or ')} can become ${to}`,
      );
  }
}

function contentOf(state: ProductContent): ProductContent {
  return {
    name: state.name,
    brandId: state.brandId,
    categoryId: state.categoryId,
    skus: state.skus,
    images: state.images,
  };
}

function withoutPrices(content: ProductContent): unknown {
  return { ...content, skus: content.skus.map((s) => ({ ...s, priceCents: 0 })) };
}

/** The one check of a product's content (names the field at fault). */
export function checkContent(input: unknown): ProductContent {
  const body = (input ?? {}) as Record<string, unknown>;
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name.length === 0 || name.length > MAX_PRODUCT_NAME)
    throw new InvalidArgumentError(`name must be 1 to ${MAX_PRODUCT_NAME} characters`);
  const skus = body.skus;
  if (!Array.isArray(skus) || skus.length === 0 || skus.length > MAX_SKUS)
    throw new InvalidArgumentError(`skus must list 1 to ${MAX_SKUS} SKUs`);
  const checked = skus.map((sku, i) => checkSku(sku, `skus[${i}]`));
  const ids = new Set(checked.map((s) => s.skuId));
  if (ids.size !== checked.length) throw new InvalidArgumentError('skus: a sku_id appears twice');
  return {
    name,
    brandId: optionalId(body.brandId, 'brand_id'),
    categoryId: optionalId(body.categoryId, 'category_id'),
    skus: checked,
    images: checkImages(body.images),
  };
}

/** Up to MAX_IMAGES distinct http(s) URLs of up to MAX_IMAGE_URL characters; none when absent. */
function checkImages(input: unknown): string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input) || input.length > MAX_IMAGES)
    throw new InvalidArgumentError(`images must list at most ${MAX_IMAGES} image URLs`);
  const images = input.map((url: unknown, i) => {
    if (typeof url !== 'string' || url.length > MAX_IMAGE_URL || !isWebUrl(url))
      throw new InvalidArgumentError(
        `images[${i}] must be an http or https URL of at most ${MAX_IMAGE_URL} characters`,
      );
    return url;
  });
  if (new Set(images).size !== images.length)
    throw new InvalidArgumentError('images: an image URL appears twice');
  return images;
}

function isWebUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return new URL(text).hostname.length > 0;
  } catch {
    return false;
  }
}

function checkSku(input: unknown, field: string): SkuSpec {
  const sku = (input ?? {}) as Record<string, unknown>;
  if (typeof sku.skuId !== 'string' || !SKU_ID_PATTERN.test(sku.skuId))
    throw new InvalidArgumentError(`${field}.sku_id must be 1 to 32 of A-Z and 0-9`);
  const title = typeof sku.title === 'string' ? sku.title.trim() : '';
  if (title.length === 0 || title.length > 100)
    throw new InvalidArgumentError(`${field}.title must be 1 to 100 characters`);
  const price = sku.priceCents;
  if (typeof price !== 'number' || !Number.isInteger(price) || price < 1 || price > MAX_PRICE_CENTS)
    throw new InvalidArgumentError(
      `${field}.price_cents must be an integer from 1 to ${MAX_PRICE_CENTS}`,
    );
  const attributes = sku.attributes ?? {};
  if (typeof attributes !== 'object' || Array.isArray(attributes))
    throw new InvalidArgumentError(`${field}.attributes must be an object of strings`);
  const entries = Object.entries(attributes as Record<string, unknown>);
  if (
    entries.length > MAX_ATTRIBUTES ||
    entries.some(
      ([k, v]) => k.length === 0 || k.length > 40 || typeof v !== 'string' || v.length > 100,
    )
  )
    throw new InvalidArgumentError(
      `${field}.attributes must hold at most ${MAX_ATTRIBUTES} names (1..40) with string values (..100)`,
    );
  return {
    skuId: sku.skuId,
    title,
    priceCents: price,
    attributes: Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) as Record<
      string,
      string
    >,
  };
}

function optionalId(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError(`${field} must be a positive integer`);
  return value;
}
