import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CatalogRepository } from '../application/catalog.repository.js';
import type { Product, Sku } from '../domain/sku.js';
import { parseImages, ProductEntity, SkuEntity } from './catalog.entities.js';

@Injectable()
export class TypeOrmCatalogRepository extends CatalogRepository {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    @InjectRepository(SkuEntity) private readonly skus: Repository<SkuEntity>,
  ) {
    super();
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
