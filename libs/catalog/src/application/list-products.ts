import { Injectable } from '@nestjs/common';
import { CatalogRepository } from './catalog.repository.js';
import { toProductView, type ProductView } from './catalog-views.js';

@Injectable()
export class ListProducts {
  constructor(private readonly catalog: CatalogRepository) {}

  async execute(): Promise<ProductView[]> {
    return (await this.catalog.listProducts()).map(toProductView);
  }
}
