import { Module, type DynamicModule } from '@nestjs/common';
import { CATALOG_MIGRATIONS, CatalogModule } from '@nestmall/catalog';
import { INVENTORY_MIGRATIONS, InventoryModule } from '@nestmall/inventory';
import { appConfigModule, DatabaseModule } from '@nestmall/platform';

/**
 * The catalog and inventory contexts (the course's product-admin and inventory services, kept
 * together here) as one gRPC service with its own database (mall_inventory on MySQL).
 */
@Module({})
export class InventoryServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: InventoryServiceModule,
      imports: [
        await appConfigModule({
          GRPC_URL: '127.0.0.1:50061',
          DATABASE_URL: 'sqlite:./data/inventory-service.sqlite',
        }),
        DatabaseModule.forRoot({ migrations: [...CATALOG_MIGRATIONS, ...INVENTORY_MIGRATIONS] }),
        CatalogModule,
        InventoryModule,
      ],
    };
  }
}
