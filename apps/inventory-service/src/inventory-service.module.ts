import { Module, type DynamicModule } from '@nestjs/common';
import { hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { INVENTORY_SERVICE_CONTEXTS } from './inventory-service.contexts.js';

/**
 * The catalog and inventory contexts (the course's product-admin and inventory services, kept
 * together here) as one gRPC service with its own database (mall_inventory on MySQL).
 */
@Module({})
export class InventoryServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: InventoryServiceModule,
      imports: await hostingAppImports('inventory-service', INVENTORY_SERVICE_CONTEXTS, {
        http: false,
        defaults: developmentDefaults('inventory-service'),
      }),
    };
  }
}
