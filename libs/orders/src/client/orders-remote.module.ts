import { Module, type DynamicModule } from '@nestjs/common';
import type { OrderServiceClient } from '@nestmall/contracts/generated/nestmall/order/v1/OrderService.js';
import { ConfigService } from '@nestjs/config';
import { replicaPoolProvider, type AppConfig, type GrpcReplicaPool } from '@nestmall/platform';
import type { OrdersConfig } from '../orders.config.js';
import { ORDER_PROTO } from '../order.proto-contract.js';
import type { AfterSalesServiceClient } from '@nestmall/contracts/generated/nestmall/order/v1/AfterSalesService.js';
import { AfterSalesClient } from './after-sales.client.js';
import { GrpcAfterSalesClient } from './grpc-after-sales.client.js';
import { GrpcOrdersClient } from './grpc-orders.client.js';
import { OrdersClient } from './orders.client.js';

const ORDERS_POOL = Symbol('ORDERS_POOL');
const AFTER_SALES_POOL = Symbol('AFTER_SALES_POOL');

/** Binds OrdersClient and AfterSalesClient to the gRPC adapters (replicas in ORDER_SERVICE_URL). */
@Module({})
export class OrdersRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: OrdersRemoteModule,
      providers: [
        replicaPoolProvider(ORDERS_POOL, {
          service: 'nestmall.order.v1.OrderService',
          contract: ORDER_PROTO,
          urlVariable: 'ORDER_SERVICE_URL',
          servedBy: ['order-service', 'mall'],
        }),
        replicaPoolProvider(AFTER_SALES_POOL, {
          service: 'nestmall.order.v1.AfterSalesService',
          contract: ORDER_PROTO,
          urlVariable: 'ORDER_SERVICE_URL',
          servedBy: ['order-service', 'mall'],
        }),
        {
          provide: AfterSalesClient,
          inject: [AFTER_SALES_POOL],
          useFactory: (pool: GrpcReplicaPool<AfterSalesServiceClient>) =>
            new GrpcAfterSalesClient(pool),
        },
        {
          provide: OrdersClient,
          inject: [ORDERS_POOL, ConfigService],
          // Placing an order may wait on a global transaction: up to twice its Try timeout
          // before the edge answers 503 (the transaction still ends, confirmed or cancelled).
          useFactory: (
            pool: GrpcReplicaPool<OrderServiceClient>,
            config: ConfigService<AppConfig & OrdersConfig, true>,
          ) => new GrpcOrdersClient(pool, 2 * config.get('TCC_TIMEOUT_MS', { infer: true })),
        },
      ],
      exports: [OrdersClient, AfterSalesClient],
    };
  }
}
