import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager } from '@nestmall/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CatalogRepository } from '../application/catalog.repository.js';
import type { Product, Sku } from '../domain/sku.js';
import { parseImages, ProductEntity, SkuEntity } from './catalog.entities.js';

/**
 * The buyer's reads of the catalog, on the caller's connection when it runs in a unit of work: a
 * consumer that asks for SKUs inside its transaction (the rankings, on the monolith's one
 * database) must not take a second pooled connection while it holds one. With the pool full of
 * such holders (an empty cache after a restart, the relay's lanes all handling OrderPlaced) none
 * gets its second, and mysql2's pool waits without a timeout.
 */
@Injectable()
export class TypeOrmCatalogRepository extends CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  private get products() {
    return this.manager.getRepository(ProductEntity);
  }

  private get skus() {
    return this.manager.getRepository(SkuEntity);
  }

  async listProducts(): Promise<Product[]> {
    const products = await this.products.find({
      where: { status: 'on_shelf' },
      order: { productId: 'ASC' },
    });
    const skus = products.length
      ? await this.skus.find({
          where: { productId: In(products.map((p) => p.productId)) },
          order: { skuId: 'ASC' },
        })
      : [];
    return products.map((p) => ({
      productId: p.productId,
      name: p.name,
      skus: skus.filter((s) => s.productId === p.productId).map(toSku),
      images: parseImages(p.images),
    }));
  }

  /** The SKUs with their product's category. */
  async findSkus(skuIds: string[]): Promise<Sku[]> {
    const skus = await this.skus.findBy({ skuId: In(skuIds) });
    const products = skus.length
      ? await this.products.findBy({ productId: In(skus.map((s) => s.productId)) })
      : [];
    const category = new Map(products.map((p) => [p.productId, p.categoryId]));
    return skus.map((row) => {
      const categoryId = category.get(row.productId);
      return { ...toSku(row), categoryId: categoryId == null ? null : Number(categoryId) };
    });
  }
}

function toSku(row: SkuEntity): Sku {
  return {
    skuId: row.skuId,
    productId: row.productId,
    title: row.title,
    priceCents: row.priceCents,
    onShelf: Number(row.onShelf) === 1,
  };
}
