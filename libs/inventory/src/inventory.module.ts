import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { CapReads } from '@nestmall/cache';
import {
  BranchBarrier,
  TypeOrmBranchBarrier,
  TypeOrmXaResource,
  XaResource,
} from '@nestmall/transactions';
import type { DataSource } from 'typeorm';
import { OrderCancellationHandler } from './application/order-cancellation.handler.js';
import { OrderRequestHandler } from './application/order-request.handler.js';
import { ListStockEntries } from './application/list-stock-entries.js';
import { RecordStockEntry } from './application/record-stock-entry.js';
import { StockEntries } from './application/stock-entries.js';
import { StockOperations } from './application/stock-operations.js';
import { StockXaBranch } from './application/stock-xa-branch.js';
import { StockRepository } from './application/stock.repository.js';
import { InProcessInventoryClient } from './client/in-process-inventory.client.js';
import { InventoryClient } from './client/inventory.client.js';
import { StockReads } from './client/stock-reads.js';
import { DemoStockSeeder } from './infrastructure/demo-stock.seeder.js';
import {
  CreateInventory1764080000000,
  INVENTORY_BARRIER_TABLE,
} from './infrastructure/migrations/1764080000000-create-inventory.js';
import {
  StockEntryEntity,
  StockHoldLineEntity,
  StockEntity,
} from './infrastructure/stock.entities.js';
import { StockEntries1764610000000 } from './infrastructure/migrations/1764610000000-stock-entries.js';
import { TypeOrmStockEntries } from './infrastructure/typeorm-stock-entries.js';
import { TypeOrmStockRepository } from './infrastructure/typeorm-stock.repository.js';
import { AdminStockHttpController } from './interface/http/admin-stock.http-controller.js';
import { InventoryGrpcController } from './interface/grpc/inventory.grpc-controller.js';
import { StockHttpController } from './interface/http/stock.http-controller.js';

export const INVENTORY_MIGRATIONS = [CreateInventory1764080000000, StockEntries1764610000000];

/**
 * The inventory context: a TCC participant, and the consumer of OrderRequested in the
 * two-phase message mode. Exports InventoryClient (in-process). Needs DatabaseModule and
 * MessagingModule (the EventBus) from the app.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StockEntity, StockHoldLineEntity, StockEntryEntity])],
  controllers: [InventoryGrpcController],
  providers: [
    StockOperations,
    RecordStockEntry,
    ListStockEntries,
    { provide: StockRepository, useClass: TypeOrmStockRepository },
    { provide: StockEntries, useClass: TypeOrmStockEntries },
    { provide: InventoryClient, useClass: InProcessInventoryClient },
    // In-process: always consistent, whatever STOCK_READS says.
    {
      provide: StockReads,
      inject: [InventoryClient],
      useFactory: (client: InventoryClient) => new StockReads(client, CapReads.consistent()),
    },
    {
      provide: BranchBarrier,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) =>
        new TypeOrmBranchBarrier(dataSource, INVENTORY_BARRIER_TABLE, 'inventory'),
    },
    {
      provide: XaResource,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new TypeOrmXaResource(dataSource, 'inventory'),
    },
    StockXaBranch,
    DemoStockSeeder,
    OrderRequestHandler,
    OrderCancellationHandler,
  ],
  exports: [InventoryClient, StockReads],
})
export class InventoryModule {}

/** The inventory's REST routes, over whichever InventoryClient the app provides. */
@Module({})
export class InventoryHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: InventoryHttpModule,
      imports: client.imports,
      controllers: [StockHttpController, AdminStockHttpController],
    };
  }
}
