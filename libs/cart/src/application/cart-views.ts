import { Injectable } from '@nestjs/common';
import { CatalogClient, type SkuView } from '@nestmall/ports/catalog';
import { InventoryClient } from '@nestmall/ports/inventory';
import { DomainError } from '@nestmall/ports/platform';
import type { Cart, CartLine } from '../domain/cart.js';

export interface CartLineView {
  sku_id: string;
  /** null: the SKU is no longer in the catalog. */
  title: string | null;
  quantity: number;
  price_when_added_cents: number;
  /** The catalog's price now (null: no longer in the catalog); an order is priced at this one. */
  current_price_cents: number | null;
  price_changed: boolean;
  /** quantity x current price (null: no current price). */
  line_total_cents: number | null;
  on_shelf: boolean;
  /** Units the inventory has available now. */
  available: number;
  /** On shelf with at least `quantity` units available. */
  in_stock: boolean;
  added_at: string;
}

export interface CartView {
  /** The guest cart id (send it as X-Cart-Id); null for a buyer's cart. */
  cart_id: string | null;
  lines: CartLineView[];
  total_quantity: number;
  /** At current prices, of the lines that have one. */
  subtotal_cents: number;
  price_changed: boolean;
}

/**
 * A cart with the catalog's current prices and the inventory's stock beside each line: prices
 * that changed since a line was added are shown, not silently applied.
 */
@Injectable()
export class CartPricing {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly inventory: InventoryClient,
  ) {}

  /** The catalog's SKUs among `skuIds` now, by SKU id. */
  async currentSkus(skuIds: readonly string[]): Promise<Map<string, SkuView>> {
    if (skuIds.length === 0) return new Map();
    const skus = await this.catalog.getSkus([...skuIds]);
    return new Map(skus.map((s) => [s.sku_id, s]));
  }

  async view(cart: Cart): Promise<CartView> {
    const [skus, stock] = await Promise.all([
      this.currentSkus(cart.lines.map((l) => l.skuId)),
      Promise.all(cart.lines.map((l) => this.available(l.skuId))),
    ]);
    const lines = cart.lines.map((line, i) => toLineView(line, skus.get(line.skuId), stock[i]));
    return {
      cart_id: cart.owner.kind === 'guest' ? cart.owner.cartId : null,
      lines,
      total_quantity: lines.reduce((n, l) => n + l.quantity, 0),
      subtotal_cents: lines.reduce((n, l) => n + (l.line_total_cents ?? 0), 0),
      price_changed: lines.some((l) => l.price_changed),
    };
  }

  /** Units available; a SKU the inventory does not know has none. */
  private async available(skuId: string): Promise<number> {
    try {
      return (await this.inventory.getStock(skuId)).available;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return 0;
      throw error;
    }
  }
}

function toLineView(line: CartLine, sku: SkuView | undefined, available: number): CartLineView {
  const current = sku?.price_cents ?? null;
  const onShelf = sku?.on_shelf ?? false;
  return {
    sku_id: line.skuId,
    title: sku?.title ?? null,
    quantity: line.quantity,
    price_when_added_cents: line.priceWhenAddedCents,
    current_price_cents: current,
    price_changed: current !== null && current !== line.priceWhenAddedCents,
    line_total_cents: current === null ? null : current * line.quantity,
    on_shelf: onShelf,
    available,
    in_stock: onShelf && available >= line.quantity,
    added_at: line.addedAt.toISOString(),
  };
}
