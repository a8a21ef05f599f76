import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { InventoryClient } from '@nestmall/inventory';
import { Metrics, StartupError, type AppConfig } from '@nestmall/platform';
import {
  BranchBarrier,
  GlobalTransactionRepository,
  TccCoordinator,
  TransactionsModule,
  TypeOrmBranchBarrier,
  TypeOrmXaResource,
  XaCoordinator,
  XaResource,
} from '@nestmall/transactions';
import type { DataSource } from 'typeorm';
import { AfterSalesRepository } from './application/after-sales.repository.js';
import { CancelOrder } from './application/cancel-order.js';
import { DecideAfterSales } from './application/decide-after-sales.js';
import { PaymentRefundedHandler } from './application/payment-refunded.handler.js';
import { ReadAfterSales } from './application/read-after-sales.js';
import { ReceiveReturn } from './application/receive-return.js';
import { RequestAfterSales } from './application/request-after-sales.js';
import { AfterSalesClient } from './client/after-sales.client.js';
import { InProcessAfterSalesClient } from './client/in-process-after-sales.client.js';
import { AfterSales1764500000000 } from './infrastructure/migrations/1764500000000-after-sales.js';
import { TypeOrmAfterSalesRepository } from './infrastructure/typeorm-after-sales.repository.js';
import { AfterSalesGrpcController } from './interface/grpc/after-sales.grpc-controller.js';
import {
  AdminAfterSalesHttpController,
  AfterSalesHttpController,
} from './interface/http/after-sales.http-controller.js';
import { CloseUnpaidOrders, PaymentTimeout } from './application/close-unpaid-orders.js';
import { UnpaidOrdersCloser } from './application/unpaid-orders-closer.js';
import { AutoReceiveAfter, AutoReceiveOrders } from './application/auto-receive-orders.js';
import { DeliveredOrdersReceiver } from './application/delivered-orders-receiver.js';
import { ReceiveOrder } from './application/receive-order.js';
import { ShipOrder } from './application/ship-order.js';
import { ShipmentTrackedHandler } from './application/shipment-tracked.handler.js';
import { OrderShipment1764510000000 } from './infrastructure/migrations/1764510000000-order-shipment.js';
import { OrderPlacementAnswers1764730000000 } from './infrastructure/migrations/1764730000000-order-placement-answers.js';
import { OrderItemProduct1764940000000 } from './infrastructure/migrations/1764940000000-order-item-product.js';
import { PartialRefunds1764800000000 } from './infrastructure/migrations/1764800000000-partial-refunds.js';
import { CheckInvariants } from './application/check-invariants.js';
import { OrderRepository } from './application/order.repository.js';
import { OrderTransactionTypes } from './application/order-transaction-types.js';
import { OrderXa } from './application/order-xa.js';
import { OrdersInFlight } from './application/orders-in-flight.js';
import { PaymentSucceededHandler } from './application/payment-succeeded.handler.js';
import type { OrdersConfig } from './orders.config.js';
import { PlaceOrder } from './application/place-order.js';
import { ReadOrders } from './application/read-orders.js';
import { OpenStockGate, StockGate } from './application/stock-gate.js';
import { PlacementOutcomeHandler } from './application/placement-outcome.handler.js';
import { StuckTransactions } from './application/stuck-transactions.js';
import { InProcessOrdersClient } from './client/in-process-orders.client.js';
import { OrdersClient } from './client/orders.client.js';
import {
  CreateOrders1764090000000,
  ORDERS_BARRIER_TABLE,
} from './infrastructure/migrations/1764090000000-create-orders.js';
import { OrderConsistency1764120000000 } from './infrastructure/migrations/1764120000000-order-consistency.js';
import { OrderAddressAndTimeline1764400000000 } from './infrastructure/migrations/1764400000000-order-address-and-timeline.js';
import { OrderDiscounts1764210000000 } from './infrastructure/migrations/1764210000000-order-discounts.js';
import {
  AfterSalesEntity,
  OrderAddressEntity,
  OrderDiscountEntity,
  OrderEntity,
  OrderItemEntity,
  OrderShipmentEntity,
  OrderTimelineEntity,
} from './infrastructure/order.entities.js';
import { RedisStockGate } from './infrastructure/redis-stock-gate.js';
import { RedisSoldOutBoard } from './infrastructure/redis-sold-out-board.js';
import { SoldOutRefusal } from './interface/http/sold-out-refusal.js';
import { TypeOrmOrderRepository } from './infrastructure/typeorm-order.repository.js';
import { OrdersGrpcController } from './interface/grpc/orders.grpc-controller.js';
import { AdminHttpController } from './interface/http/admin.http-controller.js';
import { OrdersHttpController } from './interface/http/orders.http-controller.js';
import { ShippingHttpController } from './interface/http/shipping.http-controller.js';

export const ORDERS_MIGRATIONS = [
  CreateOrders1764090000000,
  OrderConsistency1764120000000,
  OrderDiscounts1764210000000,
  OrderAddressAndTimeline1764400000000,
  AfterSales1764500000000,
  OrderShipment1764510000000,
  OrderPlacementAnswers1764730000000,
  PartialRefunds1764800000000,
  OrderItemProduct1764940000000,
];

const useCases = [
  PlaceOrder,
  CancelOrder,
  ReadOrders,
  CheckInvariants,
  StuckTransactions,
  CloseUnpaidOrders,
  RequestAfterSales,
  DecideAfterSales,
  ReceiveReturn,
  ReadAfterSales,
  ShipOrder,
  ReceiveOrder,
  AutoReceiveOrders,
];

export interface OrdersModuleOptions {
  /**
   * Modules that provide InventoryClient, CatalogClient, UsersClient and MarketingClient
   * (in-process or gRPC): the app's choice.
   */
  imports: ModuleMetadata['imports'];
}

/**
 * The orders context: the TCC coordinator of placing and cancelling orders. Exports OrdersClient
 * (in-process). Needs the app's DatabaseModule (with ORDERS_MIGRATIONS and TRANSACTIONS_MIGRATIONS).
 */
@Module({})
export class OrdersModule {
  static register(options: OrdersModuleOptions): DynamicModule {
    return {
      module: OrdersModule,
      imports: [
        TypeOrmModule.forFeature([
          OrderEntity,
          OrderItemEntity,
          OrderAddressEntity,
          OrderTimelineEntity,
          OrderDiscountEntity,
          AfterSalesEntity,
          OrderShipmentEntity,
        ]),
        TransactionsModule.forRoot(),
        ...(options.imports ?? []),
      ],
      controllers: [OrdersGrpcController, AfterSalesGrpcController],
      providers: [
        ...useCases,
        OrderTransactionTypes,
        OrderXa,
        OrdersInFlight,
        // ORDER_CONSISTENCY=xa: the orders' XA branch and the 2PC coordinator (on the TCC log).
        {
          provide: XaResource,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new TypeOrmXaResource(dataSource, 'orders'),
        },
        {
          provide: XaCoordinator,
          inject: [GlobalTransactionRepository, TccCoordinator, ConfigService],
          useFactory: (
            log: GlobalTransactionRepository,
            tcc: TccCoordinator,
            config: ConfigService<AppConfig & OrdersConfig, true>,
          ) => {
            const xa = config.get('ORDER_CONSISTENCY', { infer: true }) === 'xa';
            if (xa && config.get('DATABASE_URL', { infer: true }).startsWith('sqlite'))
              throw new StartupError(
                'ORDER_CONSISTENCY=xa needs MariaDB or MySQL (XA transactions), and DATABASE_URL is SQLite: ' +
                  'set DATABASE_URL=mysql://... or ORDER_CONSISTENCY=tcc',
              );
            return new XaCoordinator(log, tcc, {
              timeoutMs: config.get('TCC_TIMEOUT_MS', { infer: true }),
              sweepIntervalMs: config.get('TCC_RECOVERY_INTERVAL_MS', { infer: true }),
              enabled: xa,
              sweeps: config.get('BACKGROUND_JOBS', { infer: true }) === 'on',
              // A pool holds 10 connections (database-options.ts); a placed order's branches
              // hold two of them until phase two (a third with a coupon), the log needs one.
              maxInFlight: 4,
            });
          },
        },
        { provide: OrderRepository, useClass: TypeOrmOrderRepository },
        {
          provide: BranchBarrier,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) =>
            new TypeOrmBranchBarrier(dataSource, ORDERS_BARRIER_TABLE, 'orders'),
        },
        { provide: OrdersClient, useClass: InProcessOrdersClient },
        { provide: AfterSalesRepository, useClass: TypeOrmAfterSalesRepository },
        { provide: AfterSalesClient, useClass: InProcessAfterSalesClient },
        PaymentRefundedHandler,
        PlacementOutcomeHandler,
        PaymentSucceededHandler,
        ShipmentTrackedHandler,
        {
          provide: AutoReceiveAfter,
          inject: [ConfigService],
          useFactory: (config: ConfigService<OrdersConfig, true>): AutoReceiveAfter => ({
            ms: config.get('ORDER_AUTO_RECEIVE_AFTER_MS', { infer: true }),
          }),
        },
        {
          provide: DeliveredOrdersReceiver,
          inject: [AutoReceiveOrders, ConfigService],
          useFactory: (
            receive: AutoReceiveOrders,
            config: ConfigService<AppConfig & OrdersConfig, true>,
          ) =>
            new DeliveredOrdersReceiver(
              receive,
              config.get('ORDER_AUTO_RECEIVE_INTERVAL_MS', { infer: true }),
              config.get('BACKGROUND_JOBS', { infer: true }) === 'on',
            ),
        },
        {
          provide: PaymentTimeout,
          inject: [ConfigService],
          useFactory: (config: ConfigService<OrdersConfig, true>): PaymentTimeout => ({
            ms: config.get('ORDER_PAYMENT_TIMEOUT_MS', { infer: true }),
          }),
        },
        {
          provide: UnpaidOrdersCloser,
          inject: [CloseUnpaidOrders, ConfigService],
          useFactory: (
            close: CloseUnpaidOrders,
            config: ConfigService<AppConfig & OrdersConfig, true>,
          ) =>
            new UnpaidOrdersCloser(
              close,
              config.get('ORDER_CLOSE_INTERVAL_MS', { infer: true }),
              config.get('BACKGROUND_JOBS', { infer: true }) === 'on',
            ),
        },
        {
          // ORDER_GROUP_COMMIT=on: how many groups committed, and how many orders in them.
          provide: 'ORDER_GROUP_COMMIT_METRICS',
          inject: [OrderTransactionTypes, { token: Metrics, optional: true }],
          useFactory: (types: OrderTransactionTypes, metrics?: Metrics) => {
            const group = types.placeOrder.groupCommit;
            if (group && metrics)
              metrics.countedFrom(
                {
                  name: 'nestmall_order_group_commit_total',
                  help: 'ORDER_GROUP_COMMIT=on: groups of one-phase order placements committed, and the orders committed in them',
                  label: 'counted',
                },
                () => ({ groups: group.stats.groups, orders: group.stats.units }),
              );
            return true;
          },
        },
        {
          provide: StockGate,
          inject: [ConfigService, InventoryClient, { token: Metrics, optional: true }],
          useFactory: (
            config: ConfigService<AppConfig & OrdersConfig, true>,
            inventory: InventoryClient,
            metrics?: Metrics,
          ) => {
            const gate =
              config.get('HOT_SKU_GATE', { infer: true }) === 'redis'
                ? new RedisStockGate(
                    {
                      url: config.get('REDIS_URL', { infer: true }),
                      prefix: config.get('REDIS_KEY_PREFIX', { infer: true }),
                      ttlMs: config.get('HOT_SKU_GATE_TTL_MS', { infer: true }),
                    },
                    inventory,
                  )
                : new OpenStockGate();
            metrics?.countedFrom(
              {
                name: 'nestmall_hot_sku_gate_decisions_total',
                help: 'Orders the hot-SKU gate admitted or refused (HOT_SKU_GATE=off admits all)',
                label: 'decision',
              },
              () => ({ admitted: gate.stats.admitted, refused: gate.stats.refused }),
            );
            return gate;
          },
        },
      ],
      exports: [OrdersClient, AfterSalesClient],
    };
  }
}

/** The orders, after-sales and admin REST routes, over whichever OrdersClient the app provides. */
@Module({})
export class OrdersHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: OrdersHttpModule,
      imports: client.imports,
      providers: [
        {
          provide: RedisSoldOutBoard,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig & OrdersConfig, true>) =>
            config.get('HOT_SKU_GATE', { infer: true }) === 'redis'
              ? new RedisSoldOutBoard({
                  url: config.get('REDIS_URL', { infer: true }),
                  prefix: config.get('REDIS_KEY_PREFIX', { infer: true }),
                  ttlMs: config.get('HOT_SKU_GATE_TTL_MS', { infer: true }),
                })
              : null,
        },
        SoldOutRefusal,
      ],
      controllers: [
        OrdersHttpController,
        AdminHttpController,
        AfterSalesHttpController,
        AdminAfterSalesHttpController,
        ShippingHttpController,
      ],
    };
  }
}
