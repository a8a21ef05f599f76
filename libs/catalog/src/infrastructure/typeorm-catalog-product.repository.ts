import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PRICE_CHANGED, PRODUCT_PUBLISHED, PRODUCT_UNPUBLISHED } from '@nestmall/contracts';
import { newEvent, Outbox, type IntegrationEvent } from '@nestmall/messaging';
import { ambientManager, ConflictError, isUniqueViolation } from '@nestmall/platform';
import { escapeLike } from './escape-like.js';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { toAdminProductView } from '../application/catalog-admin-views.js';
import {
  CatalogProduct,
  type CatalogProductEvent,
  type ProductStatus,
} from '../domain/catalog-product.js';
import {
  CatalogProductRepository,
  type CatalogChange,
  type CatalogProductFilter,
} from '../domain/catalog-product.repository.js';
import { catalogChanged } from './catalog-audit.js';
import { parseImages, ProductEntity, SkuEntity } from './catalog.entities.js';

/**
 * catalog_product + catalog_sku in the caller's unit of work. A save is one guarded UPDATE of the
 * product row (its version), then its SKU rows (each SKU's on_shelf follows the product), then
 * the domain events and the audit record (CatalogChanged) into the outbox.
 */
@Injectable()
export class TypeOrmCatalogProductRepository extends CatalogProductRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async nextId(): Promise<number> {
    const row = await this.manager
      .createQueryBuilder(ProductEntity, 'p')
      .select('MAX(p.product_id)', 'max')
      .getRawOne<{ max: number | string | null }>();
    return Math.max(Number(row?.max ?? 0), 1999) + 1;
  }

  async findById(productId: number): Promise<CatalogProduct | null> {
    if (!Number.isSafeInteger(productId) || productId < 1) return null;
    const row = await this.manager.findOneBy(ProductEntity, { productId });
    if (!row) return null;
    const skus = await this.manager.find(SkuEntity, {
      where: { productId },
      order: { skuId: 'ASC' },
    });
    return toProduct(row, skus);
  }

  async takenSkuIds(skuIds: string[], exceptProductId?: number): Promise<string[]> {
    if (skuIds.length === 0) return [];
    const rows = await this.manager.find(SkuEntity, {
      where: {
        skuId: In(skuIds),
        ...(exceptProductId === undefined ? {} : { productId: Not(exceptProductId) }),
      },
    });
    return rows.map((r) => r.skuId);
  }

  async add(product: CatalogProduct, change: CatalogChange): Promise<void> {
    const s = product.snapshot();
    try {
      await this.manager.insert(ProductEntity, { ...productRow(product), version: 1 });
      await this.manager.insert(SkuEntity, skuRows(product));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          `product ${s.productId} or one of its SKUs was just created: retry`,
        );
      throw error;
    }
    product.saved(1);
    await this.publish(product, change);
  }

  async save(product: CatalogProduct, change: CatalogChange): Promise<void> {
    const s = product.snapshot();
    const result = await this.manager.update(
      ProductEntity,
      { productId: s.productId, version: s.version },
      { ...productRow(product), version: s.version + 1 },
    );
    if (!result.affected)
      throw new ConflictError(`product ${s.productId} changed meanwhile: read it again and retry`);
    const rows = skuRows(product);
    await this.manager.delete(SkuEntity, {
      productId: s.productId,
      skuId: Not(In(rows.map((r) => r.skuId))),
    });
    for (const row of rows) {
      const updated = await this.manager.update(
        SkuEntity,
        { skuId: row.skuId, productId: s.productId },
        row,
      );
      if (!updated.affected) await this.manager.insert(SkuEntity, row);
    }
    product.saved(s.version + 1);
    await this.publish(product, change);
  }

  async list(filter: CatalogProductFilter): Promise<{ products: CatalogProduct[]; total: number }> {
    const query = this.manager.createQueryBuilder(ProductEntity, 'p');
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.brandId) query.andWhere('p.brand_id = :brandId', { brandId: filter.brandId });
    if (filter.categoryId)
      query.andWhere('p.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter.name)
      query.andWhere(`LOWER(p.name) LIKE :name ESCAPE '!'`, {
        name: `%${escapeLike(filter.name.toLowerCase())}%`,
      });
    const [rows, total] = await query
      .orderBy('p.product_id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    const skus = rows.length
      ? await this.manager.find(SkuEntity, {
          where: { productId: In(rows.map((r) => r.productId)) },
          order: { skuId: 'ASC' },
        })
      : [];
    return {
      products: rows.map((row) =>
        toProduct(
          row,
          skus.filter((s) => s.productId === row.productId),
        ),
      ),
      total,
    };
  }

  private async publish(product: CatalogProduct, change: CatalogChange): Promise<void> {
    await this.outbox.append([
      ...product.pullEvents().map(toIntegrationEvent),
      catalogChanged(change, 'product', product.productId, toAdminProductView(product)),
    ]);
  }
}

function productRow(product: CatalogProduct): Omit<ProductEntity, 'version'> {
  const s = product.snapshot();
  return {
    productId: s.productId,
    name: s.name,
    status: s.status,
    brandId: s.brandId,
    categoryId: s.categoryId,
    rejectReason: s.rejectReason,
    images: JSON.stringify(s.images),
  };
}

function skuRows(product: CatalogProduct): SkuEntity[] {
  const s = product.snapshot();
  return s.skus.map((sku) => ({
    skuId: sku.skuId,
    productId: s.productId,
    title: sku.title,
    priceCents: sku.priceCents,
    onShelf: product.onSale ? 1 : 0,
    attributes: JSON.stringify(sku.attributes),
  }));
}

function toProduct(row: ProductEntity, skus: SkuEntity[]): CatalogProduct {
  return CatalogProduct.restore({
    productId: row.productId,
    name: row.name,
    brandId: row.brandId === null ? null : Number(row.brandId),
    categoryId: row.categoryId === null ? null : Number(row.categoryId),
    status: row.status as ProductStatus,
    rejectReason: row.rejectReason,
    version: Number(row.version),
    images: parseImages(row.images),
    skus: skus.map((sku) => ({
      skuId: sku.skuId,
      title: sku.title,
      priceCents: Number(sku.priceCents),
      attributes: JSON.parse(sku.attributes || '{}') as Record<string, string>,
    })),
  });
}

function toIntegrationEvent(event: CatalogProductEvent): IntegrationEvent {
  switch (event.type) {
    case 'ProductPublished':
      return newEvent(PRODUCT_PUBLISHED, {
        product_id: event.productId,
        skus: event.skus.map((s) => ({
          sku_id: s.skuId,
          title: s.title,
          price_cents: s.priceCents,
        })),
      });
    case 'ProductUnpublished':
      return newEvent(PRODUCT_UNPUBLISHED, { product_id: event.productId, sku_ids: event.skuIds });
    case 'PriceChanged':
      return newEvent(PRICE_CHANGED, {
        product_id: event.productId,
        sku_id: event.skuId,
        old_price_cents: event.oldCents,
        new_price_cents: event.newCents,
      });
  }
}
