import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type {
  FreezeRequest__Output,
  GetStockRequest__Output,
  GidRequest__Output,
  LedgerResponse,
  StockMessage,
} from '@nestmall/contracts';
import { StockOperations } from '../../application/stock-operations.js';

const SERVICE = 'nestmall.inventory.v1.InventoryService';

/** nestmall.inventory.v1.InventoryService: the TCC participant's operations over gRPC. */
@Controller()
export class InventoryGrpcController {
  constructor(private readonly operations: StockOperations) {}

  @GrpcMethod(SERVICE, 'Freeze')
  async freeze(request: FreezeRequest__Output): Promise<object> {
    await this.operations.freeze(request.gid, request.items);
    return {};
  }

  @GrpcMethod(SERVICE, 'Deduct')
  async deduct(request: GidRequest__Output): Promise<object> {
    await this.operations.deduct(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'Unfreeze')
  async unfreeze(request: GidRequest__Output): Promise<object> {
    await this.operations.unfreeze(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'ReturnStock')
  async returnStock(request: GidRequest__Output): Promise<object> {
    await this.operations.returnStock(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'GetStock')
  getStock(request: GetStockRequest__Output): Promise<StockMessage> {
    return this.operations.get(request.sku_id);
  }

  @GrpcMethod(SERVICE, 'Ledger')
  async ledger(): Promise<LedgerResponse> {
    return { stock: await this.operations.ledger() };
  }
}
