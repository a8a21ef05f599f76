import { Controller } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import type {
  FreezeRequest__Output,
  GetStockRequest__Output,
  GidRequest__Output,
  LedgerResponse,
  StockMessage,
} from '@nestmall/contracts';
import { CallableBy, InvalidArgumentError } from '@nestmall/platform';
import type { ListStockEntriesRequest__Output } from '@nestmall/contracts/generated/nestmall/inventory/v1/ListStockEntriesRequest.js';
import type { StockEntryPage } from '@nestmall/contracts/generated/nestmall/inventory/v1/StockEntryPage.js';
import type { StockEntryRequest__Output } from '@nestmall/contracts/generated/nestmall/inventory/v1/StockEntryRequest.js';
import { ListStockEntries } from '../../application/list-stock-entries.js';
import { RecordStockEntry } from '../../application/record-stock-entry.js';
import { StockOperations } from '../../application/stock-operations.js';
import { StockXaBranch } from '../../application/stock-xa-branch.js';
import { stockActor } from '../stock-actor.js';

const SERVICE = 'nestmall.inventory.v1.InventoryService';

/**
 * nestmall.inventory.v1.InventoryService: the TCC participant's operations over gRPC. Moving
 * stock (the TCC branches, ReturnStock) and the ledger the invariant checker reads are the
 * order-service's alone; GetStock is read by the gateway and the order-service (hot-SKU gate).
 */
@Controller()
export class InventoryGrpcController {
  constructor(
    private readonly operations: StockOperations,
    private readonly recordEntry: RecordStockEntry,
    private readonly listEntries: ListStockEntries,
    private readonly xa: StockXaBranch,
  ) {}

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

  @GrpcMethod(SERVICE, 'PrepareSaleXa')
  @CallableBy('order-service')
  async prepareSaleXa(request: FreezeRequest__Output): Promise<object> {
    await this.xa.prepareSale(request.gid, request.items);
    return {};
  }

  @GrpcMethod(SERVICE, 'PrepareReturnXa')
  @CallableBy('order-service')
  async prepareReturnXa(request: { gid: string; order_gid: string }): Promise<object> {
    await this.xa.prepareReturn(request.gid, request.order_gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'CommitXa')
  @CallableBy('order-service')
  async commitXa(request: GidRequest__Output): Promise<object> {
    await this.xa.commit(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'RollbackXa')
  @CallableBy('order-service')
  async rollbackXa(request: GidRequest__Output): Promise<object> {
    await this.xa.rollback(request.gid);
    return {};
  }

  @GrpcMethod(SERVICE, 'RecoverXa')
  @CallableBy('order-service')
  async recoverXa(): Promise<{ gids: string[] }> {
    return { gids: await this.xa.recover() };
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

  @GrpcMethod(SERVICE, 'RecordStockEntry')
  @CallableBy('gateway')
  @StaffOnly('stock:write')
  recordStockEntry(
    @Payload() request: StockEntryRequest__Output,
    @CurrentStaff() caller: StaffCaller,
  ): Promise<StockMessage> {
    if (request.kind !== 'receive' && request.kind !== 'adjust')
      throw new InvalidArgumentError('kind must be receive or adjust');
    return this.recordEntry.execute(stockActor(caller), request.sku_id, {
      kind: request.kind,
      quantity: request.quantity,
      reason: request.reason || undefined,
    });
  }

  @GrpcMethod(SERVICE, 'ListStockEntries')
  @CallableBy('gateway')
  @StaffOnly()
  async listStockEntries(
    @Payload() request: ListStockEntriesRequest__Output,
  ): Promise<StockEntryPage> {
    const page = await this.listEntries.execute(
      request.sku_id,
      request.page_num,
      request.page_size,
    );
    return { ...page, entries: page.entries.map((e) => ({ ...e, reason: e.reason ?? '' })) };
  }
}
