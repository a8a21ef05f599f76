import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  offsetOf,
  RankingReadModel,
  type CategoryFilter,
  type PageRequest,
  type ProductUnits,
} from '../application/ranking-views.js';
import type { DayRange } from '../domain/period.js';
import { RankedOrderEntity, RankedOrderLineEntity } from './ranked-order.entities.js';

interface UnitsRow {
  product_id: number | string;
  category_id: number | string | null;
  units: number | string;
}

/**
 * The rankings computed from the counted orders when asked (one GROUP BY over the paid orders of
 * the bucket, on the (status, paid_day) index), on SQLite and MariaDB alike.
 */
@Injectable()
export class TypeOrmRankingReadModel extends RankingReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  /** The paid lines of `range` (and `category`). */
  private paidLines(range: DayRange, category: CategoryFilter): SelectQueryBuilder<object> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(RankedOrderLineEntity, 'l')
      .innerJoin(RankedOrderEntity, 'o', 'o.order_id = l.order_id')
      .where('o.status = :paid', { paid: 'paid' });
    if (range.from) query.andWhere('o.paid_day >= :from', { from: range.from });
    if (range.to) query.andWhere('o.paid_day <= :to', { to: range.to });
    if (category === 'uncategorised') query.andWhere('l.category_id IS NULL');
    else if (category !== undefined) query.andWhere('l.category_id = :category', { category });
    return query;
  }

  private unitsQuery(range: DayRange, category: CategoryFilter): SelectQueryBuilder<object> {
    return this.paidLines(range, category)
      .select('l.product_id', 'product_id')
      .addSelect('MAX(l.category_id)', 'category_id')
      .addSelect('SUM(l.quantity)', 'units')
      .groupBy('l.product_id')
      .orderBy('units', 'DESC')
      .addOrderBy('l.product_id', 'ASC');
  }

  async bestSellers(
    range: DayRange,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<{ total: number; rows: ProductUnits[] }> {
    const [rows, count] = await Promise.all([
      this.unitsQuery(range, category)
        .offset(offsetOf(page))
        .limit(page.pageSize)
        .getRawMany<UnitsRow>(),
      this.paidLines(range, category)
        .select('COUNT(DISTINCT l.product_id)', 'n')
        .getRawOne<{ n: number | string }>(),
    ]);
    return { total: Number(count?.n ?? 0), rows: rows.map(toProductUnits) };
  }

  async unitsByProduct(range: DayRange, category: CategoryFilter): Promise<ProductUnits[]> {
    return (await this.unitsQuery(range, category).getRawMany<UnitsRow>()).map(toProductUnits);
  }

  async boughtTogether(
    productId: number,
    page: PageRequest,
  ): Promise<{ total: number; rows: { productId: number; orders: number }[] }> {
    const pairs = () =>
      this.dataSource
        .createQueryBuilder()
        .from(RankedOrderLineEntity, 'a')
        .innerJoin(RankedOrderEntity, 'o', 'o.order_id = a.order_id')
        .innerJoin(
          RankedOrderLineEntity,
          'b',
          'b.order_id = a.order_id AND b.product_id <> a.product_id',
        )
        .where('a.product_id = :productId', { productId })
        .andWhere('o.status = :paid', { paid: 'paid' });
    const [rows, count] = await Promise.all([
      pairs()
        .select('b.product_id', 'product_id')
        .addSelect('COUNT(DISTINCT a.order_id)', 'orders')
        .groupBy('b.product_id')
        .orderBy('orders', 'DESC')
        .addOrderBy('b.product_id', 'ASC')
        .offset(offsetOf(page))
        .limit(page.pageSize)
        .getRawMany<{ product_id: number | string; orders: number | string }>(),
      pairs().select('COUNT(DISTINCT b.product_id)', 'n').getRawOne<{ n: number | string }>(),
    ]);
    return {
      total: Number(count?.n ?? 0),
      rows: rows.map((r) => ({ productId: Number(r.product_id), orders: Number(r.orders) })),
    };
  }
}

function toProductUnits(row: UnitsRow): ProductUnits {
  return {
    productId: Number(row.product_id),
    categoryId: row.category_id === null ? null : Number(row.category_id),
    units: Number(row.units),
  };
}
