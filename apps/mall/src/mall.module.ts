import { Module, type DynamicModule } from '@nestjs/common';
import { CATALOG_MIGRATIONS, CatalogHttpModule, CatalogModule } from '@nestmall/catalog';
import { CACHE_CONFIG } from '@nestmall/cache';
import { HelloModule } from '@nestmall/hello';
import { MESSAGING_CONFIG, MESSAGING_MIGRATIONS, MessagingModule } from '@nestmall/messaging';
import { RANKING_MIGRATIONS, RankingModule } from '@nestmall/ranking';
import { INVENTORY_MIGRATIONS, InventoryHttpModule, InventoryModule } from '@nestmall/inventory';
import { ORDERS_CONFIG, ORDERS_MIGRATIONS, OrdersHttpModule, OrdersModule } from '@nestmall/orders';
import { appConfigModule, AuthModule, DatabaseModule, GrpcTlsModule } from '@nestmall/platform';
import { TRANSACTIONS_MIGRATIONS } from '@nestmall/transactions';
import {
  USERS_MIGRATIONS,
  UsersHttpModule,
  UsersModule,
  UsersTokenSubjects,
} from '@nestmall/users';

/** The config fragments of every context (the monolith composes them all; .env.example documents them). */
export const MALL_CONFIG = [MESSAGING_CONFIG, CACHE_CONFIG, ORDERS_CONFIG];

/**
 * The modular monolith: every context in one process and one database, each called in-process
 * through its client port (orders reaches inventory and catalog through InventoryClient and
 * CatalogClient, bound here to their in-process adapters).
 */
@Module({})
export class MallModule {
  /** Async so a bad configuration rejects here, where the caller can report it. */
  static async forRoot(): Promise<DynamicModule> {
    const orders = OrdersModule.register({ imports: [InventoryModule, CatalogModule] });
    return {
      module: MallModule,
      imports: [
        await appConfigModule(MALL_CONFIG),
        DatabaseModule.forRoot({
          migrations: [
            ...USERS_MIGRATIONS,
            ...CATALOG_MIGRATIONS,
            ...INVENTORY_MIGRATIONS,
            ...ORDERS_MIGRATIONS,
            ...TRANSACTIONS_MIGRATIONS,
            ...MESSAGING_MIGRATIONS,
            ...RANKING_MIGRATIONS,
          ],
        }),
        MessagingModule.forRoot({ transport: 'in-process' }),
        // The issuer of access tokens (the users context's log-in), verifying them itself.
        AuthModule.forRoot({
          role: 'issuer',
          subjects: { imports: [UsersModule], useClass: UsersTokenSubjects },
          http: true,
        }),
        GrpcTlsModule.forRoot('mall'),
        HelloModule,
        UsersModule,
        UsersHttpModule.register({ imports: [UsersModule] }),
        CatalogModule,
        CatalogHttpModule.register({ imports: [CatalogModule] }),
        InventoryModule,
        InventoryHttpModule.register({ imports: [InventoryModule] }),
        orders,
        OrdersHttpModule.register({ imports: [orders] }),
        RankingModule,
      ],
    };
  }
}
