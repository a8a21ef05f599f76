import { Module, type DynamicModule } from '@nestjs/common';
import { CACHE_CONFIG } from '@nestmall/cache';
import { CATALOG_MIGRATIONS, CatalogModule } from '@nestmall/catalog';
import { INVENTORY_MIGRATIONS, InventoryModule } from '@nestmall/inventory';
import { MESSAGING_CONFIG, MESSAGING_MIGRATIONS, MessagingModule } from '@nestmall/messaging';
import { appConfigModule, DatabaseModule, GrpcTlsModule } from '@nestmall/platform';
import { RANKING_MIGRATIONS, RankingModule } from '@nestmall/ranking';
import { developmentDefaults } from '@nestmall/topology';

/**
 * The catalog and inventory contexts (the course's product-admin and inventory services, kept
 * together here) as one gRPC service with its own database (mall_inventory on MySQL), plus the
 * ranking context's sales counter, a RabbitMQ consumer of order events.
 */
@Module({})
export class InventoryServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: InventoryServiceModule,
      imports: [
        await appConfigModule(
          [MESSAGING_CONFIG, CACHE_CONFIG],
          developmentDefaults('inventory-service'),
        ),
        DatabaseModule.forRoot({
          migrations: [
            ...CATALOG_MIGRATIONS,
            ...INVENTORY_MIGRATIONS,
            ...MESSAGING_MIGRATIONS,
            ...RANKING_MIGRATIONS,
          ],
        }),
        MessagingModule.forRoot({ transport: 'rabbitmq' }),
        GrpcTlsModule.forRoot('inventory-service'),
        CatalogModule,
        InventoryModule,
        // The sales counter per SKU, fed by the order-service's events over RabbitMQ.
        RankingModule,
      ],
    };
  }
}
