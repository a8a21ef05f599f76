import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CacheModule, CapReads } from '@nestmall/cache';
import { CatalogRepository } from './application/catalog.repository.js';
import { CatalogWrite } from './application/catalog-write.js';
import { CreateProduct } from './application/create-product.js';
import { EditProduct } from './application/edit-product.js';
import { GetSkus } from './application/get-skus.js';
import { ListCatalogProducts } from './application/list-catalog-products.js';
import { ListProducts } from './application/list-products.js';
import { ReviewProduct } from './application/review-product.js';
import { CreateTaxon } from './application/create-taxon.js';
import { EditTaxon } from './application/edit-taxon.js';
import { ListTaxa } from './application/list-taxa.js';
import { TaxonRepository } from './domain/taxon.repository.js';
import { BrandEntity, CategoryEntity } from './infrastructure/taxon.entities.js';
import { BrandsCategories1764620000000 } from './infrastructure/migrations/1764620000000-brands-categories.js';
import { TypeOrmTaxonRepository } from './infrastructure/typeorm-taxon.repository.js';
import {
  AdminBrandsHttpController,
  AdminCategoriesHttpController,
} from './interface/http/admin-taxa.http-controller.js';
import {
  BrandsHttpController,
  CategoriesHttpController,
} from './interface/http/taxa.http-controller.js';
import { CatalogClient } from './client/catalog.client.js';
import { InProcessCatalogClient } from './client/in-process-catalog.client.js';
import { ProductReads } from './client/product-reads.js';
import { CatalogProductRepository } from './domain/catalog-product.repository.js';
import { ProductEntity, SkuEntity } from './infrastructure/catalog.entities.js';
import { DemoCatalogSeeder } from './infrastructure/demo-catalog.seeder.js';
import { CreateCatalog1764070000000 } from './infrastructure/migrations/1764070000000-create-catalog.js';
import { CatalogReview1764600000000 } from './infrastructure/migrations/1764600000000-catalog-review.js';
import { ProductImages1764710000000 } from './infrastructure/migrations/1764710000000-product-images.js';
import { TypeOrmCatalogProductRepository } from './infrastructure/typeorm-catalog-product.repository.js';
import { TypeOrmCatalogRepository } from './infrastructure/typeorm-catalog.repository.js';
import { CatalogGrpcController } from './interface/grpc/catalog.grpc-controller.js';
import { AdminProductsHttpController } from './interface/http/admin-products.http-controller.js';
import { ProductsHttpController } from './interface/http/products.http-controller.js';

export const CATALOG_MIGRATIONS = [
  CreateCatalog1764070000000,
  CatalogReview1764600000000,
  BrandsCategories1764620000000,
  ProductImages1764710000000,
];

/**
 * The catalog context: products and SKUs, their review workflow (the back office's writes), and
 * its gRPC server side. Exports CatalogClient (in-process). Caches SKU and product views as CACHE
 * says (CacheModule). Needs from the app: MessagingModule (the outbox), the admin context's
 * AdminClient (StaffOnly on the back-office RPCs and routes) and the third-party context's
 * ThirdpartyClient (image moderation when a product is approved).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProductEntity, SkuEntity, BrandEntity, CategoryEntity]),
    CacheModule,
  ],
  controllers: [CatalogGrpcController],
  providers: [
    ListProducts,
    GetSkus,
    ListCatalogProducts,
    CreateProduct,
    EditProduct,
    ReviewProduct,
    ListTaxa,
    CreateTaxon,
    EditTaxon,
    CatalogWrite,
    { provide: TaxonRepository, useClass: TypeOrmTaxonRepository },
    { provide: CatalogRepository, useClass: TypeOrmCatalogRepository },
    { provide: CatalogProductRepository, useClass: TypeOrmCatalogProductRepository },
    { provide: CatalogClient, useClass: InProcessCatalogClient },
    // In-process: always consistent, whatever STOCK_READS says.
    {
      provide: ProductReads,
      inject: [CatalogClient],
      useFactory: (client: CatalogClient) => new ProductReads(client, CapReads.consistent()),
    },
    DemoCatalogSeeder,
  ],
  exports: [CatalogClient, ProductReads],
})
export class CatalogModule {}

/** The catalog's REST routes, over whichever CatalogClient the app provides. */
@Module({})
export class CatalogHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: CatalogHttpModule,
      imports: client.imports,
      controllers: [
        ProductsHttpController,
        AdminProductsHttpController,
        AdminBrandsHttpController,
        AdminCategoriesHttpController,
        BrandsHttpController,
        CategoriesHttpController,
      ],
    };
  }
}
