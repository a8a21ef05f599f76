import { Module, type DynamicModule } from '@nestjs/common';
import type { PaymentServiceClient } from '@nestmall/contracts/generated/nestmall/payment/v1/PaymentService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { PAYMENT_PROTO } from '../payment.proto-contract.js';
import { GrpcPaymentClient } from './grpc-payment.client.js';
import { PaymentClient } from './payment.client.js';

const PAYMENT_POOL = Symbol('PAYMENT_POOL');

/** Binds PaymentClient to the gRPC adapter (replicas in PAYMENT_SERVICE_URL). */
@Module({})
export class PaymentRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: PaymentRemoteModule,
      providers: [
        replicaPoolProvider(PAYMENT_POOL, {
          service: 'nestmall.payment.v1.PaymentService',
          contract: PAYMENT_PROTO,
          urlVariable: 'PAYMENT_SERVICE_URL',
          servedBy: ['payment-service', 'mall'],
        }),
        {
          provide: PaymentClient,
          inject: [PAYMENT_POOL],
          useFactory: (pool: GrpcReplicaPool<PaymentServiceClient>) => new GrpcPaymentClient(pool),
        },
      ],
      exports: [PaymentClient],
    };
  }
}
