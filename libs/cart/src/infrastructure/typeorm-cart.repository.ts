import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CART_LIMITS } from '../application/cart-limits.js';
import {
  Cart,
  CartChangedConcurrentlyError,
  ownerKey,
  type CartOwner,
  type CheckedOutOrder,
} from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';
import { CartEntity, CartLineEntity } from './cart.entities.js';

/**
 * Carts in the app's database (CART_STORE=database, the monolith's default). A save bumps the
 * cart row's version with `UPDATE ... WHERE version = <loaded>` (or inserts it, the primary key
 * refusing a second insert) and rewrites the lines, in the use case's unit of work.
 */
/** A cart row joined with one of its lines (none: the line's columns are null). */
interface CartRow {
  version: number | string;
  checked_out_orders: string;
  sku_id: string | null;
  quantity: number | string | null;
  price_when_added_cents: number | string | null;
  added_at: Date | string | null;
}

@Injectable()
export class TypeOrmCartRepository extends CartRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async load(owner: CartOwner): Promise<Cart> {
    // One statement, so the version and the lines come from the same moment (two reads could
    // pair an older version with newer lines, and a save would then pass its guard).
    const rows = await this.manager
      .createQueryBuilder(CartEntity, 'c')
      .leftJoin(CartLineEntity, 'l', 'l.owner = c.owner')
      .select([
        'c.version AS version',
        'c.checked_out_orders AS checked_out_orders',
        'l.sku_id AS sku_id',
        'l.quantity AS quantity',
        'l.price_when_added_cents AS price_when_added_cents',
        'l.added_at AS added_at',
      ])
      .where('c.owner = :owner', { owner: ownerKey(owner) })
      .orderBy('l.added_at', 'ASC')
      .addOrderBy('l.sku_id', 'ASC')
      .getRawMany<CartRow>();
    if (rows.length === 0) return Cart.empty(owner, CART_LIMITS);
    return Cart.restore(
      {
        owner,
        version: Number(rows[0].version),
        checkedOutOrders: JSON.parse(rows[0].checked_out_orders) as CheckedOutOrder[],
        lines: rows
          .filter((r) => r.sku_id !== null)
          .map((r) => ({
            skuId: r.sku_id!,
            quantity: Number(r.quantity),
            priceWhenAddedCents: Number(r.price_when_added_cents),
            addedAt: new Date(r.added_at!),
          })),
      },
      CART_LIMITS,
    );
  }

  async save(cart: Cart): Promise<void> {
    const s = cart.snapshot();
    const key = ownerKey(s.owner);
    const row = {
      version: s.version + 1,
      checkedOutOrders: JSON.stringify(s.checkedOutOrders),
      updatedAt: new Date(),
    };
    if (s.version === 0) {
      try {
        await this.manager.insert(CartEntity, { owner: key, ...row });
      } catch (error) {
        if (isUniqueViolation(error)) throw new CartChangedConcurrentlyError();
        throw error;
      }
    } else {
      const result = await this.manager.update(CartEntity, { owner: key, version: s.version }, row);
      if (result.affected !== 1) throw new CartChangedConcurrentlyError();
    }
    await this.manager.delete(CartLineEntity, { owner: key });
    if (s.lines.length > 0)
      await this.manager.insert(
        CartLineEntity,
        s.lines.map((l) => ({ owner: key, ...l })),
      );
  }

  async delete(owner: CartOwner): Promise<void> {
    const key = ownerKey(owner);
    await this.manager.delete(CartLineEntity, { owner: key });
    await this.manager.delete(CartEntity, { owner: key });
  }
}
