import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  FreezeRequest__Output,
  GetStockRequest__Output,
  GidRequest__Output,
  LedgerResponse,
  StockMessage,
} from '@nestmall/contracts';
import { CallableBy } from '@nestmall/platform';
import { StockOperations } from '../../application/stock-operations.js';

const SERVICE = 'nestmall.inventory.v1.InventoryService';

/**
 * nestmall.inventory.v1.InventoryService: the TCC participant's operations over gRPC. Moving
 * stock (the TCC branches, ReturnStock) and the ledger the invariant checker reads are the
 * order-service's alone; GetStock is read by the gateway and the order-service (hot-SKU gate).
 */
@Controller()
export class InventoryGrpcController {
  constructor(private readonly operations: StockOperations) {}

  @GrpcMethod(SERVICE, 'Freeze')
  @CallableBy('order-service')
  async freeze(request: FreezeRequest__Output): Promise<object> {
    await this.operations.freeze(request.gid, request.items);
    return {};
  }

  @GrpcMethod(SERVICE, 'Deduct')
  @CallableBy('order-service')
  async deduct(request: GidRequest__Output): Promise<object> {
    await this.operations.deduct(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'Unfreeze')
  @CallableBy('order-service')
  async unfreeze(request: GidRequest__Output): Promise<object> {
    await this.operations.unfreeze(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'ReturnStock')
  @CallableBy('order-service')
  async returnStock(request: GidRequest__Output): Promise<object> {
    await this.operations.returnStock(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'GetStock')
  @CallableBy('gateway', 'order-service', 'cart-service')
  getStock(request: GetStockRequest__Output): Promise<StockMessage> {
    return this.operations.get(request.sku_id);
  }

  @GrpcMethod(SERVICE, 'Ledger')
  @CallableBy('order-service')
  async ledger(): Promise<LedgerResponse> {
    return { stock: await this.operations.ledger() };
  }
}
