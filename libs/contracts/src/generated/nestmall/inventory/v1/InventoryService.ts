// Original file: proto/nestmall/inventory/v1/inventory.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Empty as _nestmall_inventory_v1_Empty, Empty__Output as _nestmall_inventory_v1_Empty__Output } from '../../../nestmall/inventory/v1/Empty.js';
import type { FreezeRequest as _nestmall_inventory_v1_FreezeRequest, FreezeRequest__Output as _nestmall_inventory_v1_FreezeRequest__Output } from '../../../nestmall/inventory/v1/FreezeRequest.js';
import type { GetStockRequest as _nestmall_inventory_v1_GetStockRequest, GetStockRequest__Output as _nestmall_inventory_v1_GetStockRequest__Output } from '../../../nestmall/inventory/v1/GetStockRequest.js';
import type { GidRequest as _nestmall_inventory_v1_GidRequest, GidRequest__Output as _nestmall_inventory_v1_GidRequest__Output } from '../../../nestmall/inventory/v1/GidRequest.js';
import type { LedgerResponse as _nestmall_inventory_v1_LedgerResponse, LedgerResponse__Output as _nestmall_inventory_v1_LedgerResponse__Output } from '../../../nestmall/inventory/v1/LedgerResponse.js';
import type { ListStockEntriesRequest as _nestmall_inventory_v1_ListStockEntriesRequest, ListStockEntriesRequest__Output as _nestmall_inventory_v1_ListStockEntriesRequest__Output } from '../../../nestmall/inventory/v1/ListStockEntriesRequest.js';
import type { RecoverXaResponse as _nestmall_inventory_v1_RecoverXaResponse, RecoverXaResponse__Output as _nestmall_inventory_v1_RecoverXaResponse__Output } from '../../../nestmall/inventory/v1/RecoverXaResponse.js';
import type { ReturnXaRequest as _nestmall_inventory_v1_ReturnXaRequest, ReturnXaRequest__Output as _nestmall_inventory_v1_ReturnXaRequest__Output } from '../../../nestmall/inventory/v1/ReturnXaRequest.js';
import type { Stock as _nestmall_inventory_v1_Stock, Stock__Output as _nestmall_inventory_v1_Stock__Output } from '../../../nestmall/inventory/v1/Stock.js';
import type { StockEntryPage as _nestmall_inventory_v1_StockEntryPage, StockEntryPage__Output as _nestmall_inventory_v1_StockEntryPage__Output } from '../../../nestmall/inventory/v1/StockEntryPage.js';
import type { StockEntryRequest as _nestmall_inventory_v1_StockEntryRequest, StockEntryRequest__Output as _nestmall_inventory_v1_StockEntryRequest__Output } from '../../../nestmall/inventory/v1/StockEntryRequest.js';

export interface InventoryServiceClient extends grpc.Client {
  CommitXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  CommitXa(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  commitXa(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  Deduct(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Deduct(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Deduct(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Deduct(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  deduct(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  deduct(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  deduct(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  deduct(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  Freeze(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Freeze(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Freeze(argument: _nestmall_inventory_v1_FreezeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Freeze(argument: _nestmall_inventory_v1_FreezeRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  freeze(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  freeze(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  freeze(argument: _nestmall_inventory_v1_FreezeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  freeze(argument: _nestmall_inventory_v1_FreezeRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  GetStock(argument: _nestmall_inventory_v1_GetStockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  GetStock(argument: _nestmall_inventory_v1_GetStockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  GetStock(argument: _nestmall_inventory_v1_GetStockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  GetStock(argument: _nestmall_inventory_v1_GetStockRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  getStock(argument: _nestmall_inventory_v1_GetStockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  getStock(argument: _nestmall_inventory_v1_GetStockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  getStock(argument: _nestmall_inventory_v1_GetStockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  getStock(argument: _nestmall_inventory_v1_GetStockRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  
  Ledger(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  Ledger(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  Ledger(argument: _nestmall_inventory_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  Ledger(argument: _nestmall_inventory_v1_Empty, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  ledger(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  ledger(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  ledger(argument: _nestmall_inventory_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  ledger(argument: _nestmall_inventory_v1_Empty, callback: grpc.requestCallback<_nestmall_inventory_v1_LedgerResponse__Output>): grpc.ClientUnaryCall;
  
  ListStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  ListStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  ListStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  ListStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  listStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  listStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  listStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  listStockEntries(argument: _nestmall_inventory_v1_ListStockEntriesRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_StockEntryPage__Output>): grpc.ClientUnaryCall;
  
  PrepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareReturnXa(argument: _nestmall_inventory_v1_ReturnXaRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  PrepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  PrepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  prepareSaleXa(argument: _nestmall_inventory_v1_FreezeRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RecordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  RecordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  RecordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  RecordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  recordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  recordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  recordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  recordStockEntry(argument: _nestmall_inventory_v1_StockEntryRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Stock__Output>): grpc.ClientUnaryCall;
  
  RecoverXa(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_inventory_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  RecoverXa(argument: _nestmall_inventory_v1_Empty, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_inventory_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_inventory_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  recoverXa(argument: _nestmall_inventory_v1_Empty, callback: grpc.requestCallback<_nestmall_inventory_v1_RecoverXaResponse__Output>): grpc.ClientUnaryCall;
  
  ReturnStock(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReturnStock(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReturnStock(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  ReturnStock(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  returnStock(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  returnStock(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  returnStock(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  returnStock(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RollbackXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  RollbackXa(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  rollbackXa(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  Unfreeze(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Unfreeze(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Unfreeze(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  Unfreeze(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  unfreeze(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  unfreeze(argument: _nestmall_inventory_v1_GidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  unfreeze(argument: _nestmall_inventory_v1_GidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  unfreeze(argument: _nestmall_inventory_v1_GidRequest, callback: grpc.requestCallback<_nestmall_inventory_v1_Empty__Output>): grpc.ClientUnaryCall;
  
}

export interface InventoryServiceHandlers extends grpc.UntypedServiceImplementation {
  CommitXa: grpc.handleUnaryCall<_nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty>;
  
  Deduct: grpc.handleUnaryCall<_nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty>;
  
  Freeze: grpc.handleUnaryCall<_nestmall_inventory_v1_FreezeRequest__Output, _nestmall_inventory_v1_Empty>;
  
  GetStock: grpc.handleUnaryCall<_nestmall_inventory_v1_GetStockRequest__Output, _nestmall_inventory_v1_Stock>;
  
  Ledger: grpc.handleUnaryCall<_nestmall_inventory_v1_Empty__Output, _nestmall_inventory_v1_LedgerResponse>;
  
  ListStockEntries: grpc.handleUnaryCall<_nestmall_inventory_v1_ListStockEntriesRequest__Output, _nestmall_inventory_v1_StockEntryPage>;
  
  PrepareReturnXa: grpc.handleUnaryCall<_nestmall_inventory_v1_ReturnXaRequest__Output, _nestmall_inventory_v1_Empty>;
  
  PrepareSaleXa: grpc.handleUnaryCall<_nestmall_inventory_v1_FreezeRequest__Output, _nestmall_inventory_v1_Empty>;
  
  RecordStockEntry: grpc.handleUnaryCall<_nestmall_inventory_v1_StockEntryRequest__Output, _nestmall_inventory_v1_Stock>;
  
  RecoverXa: grpc.handleUnaryCall<_nestmall_inventory_v1_Empty__Output, _nestmall_inventory_v1_RecoverXaResponse>;
  
  ReturnStock: grpc.handleUnaryCall<_nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty>;
  
  RollbackXa: grpc.handleUnaryCall<_nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty>;
  
  Unfreeze: grpc.handleUnaryCall<_nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty>;
  
}

export interface InventoryServiceDefinition extends grpc.ServiceDefinition {
  CommitXa: MethodDefinition<_nestmall_inventory_v1_GidRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty__Output>
  Deduct: MethodDefinition<_nestmall_inventory_v1_GidRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty__Output>
  Freeze: MethodDefinition<_nestmall_inventory_v1_FreezeRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_FreezeRequest__Output, _nestmall_inventory_v1_Empty__Output>
  GetStock: MethodDefinition<_nestmall_inventory_v1_GetStockRequest, _nestmall_inventory_v1_Stock, _nestmall_inventory_v1_GetStockRequest__Output, _nestmall_inventory_v1_Stock__Output>
  Ledger: MethodDefinition<_nestmall_inventory_v1_Empty, _nestmall_inventory_v1_LedgerResponse, _nestmall_inventory_v1_Empty__Output, _nestmall_inventory_v1_LedgerResponse__Output>
  ListStockEntries: MethodDefinition<_nestmall_inventory_v1_ListStockEntriesRequest, _nestmall_inventory_v1_StockEntryPage, _nestmall_inventory_v1_ListStockEntriesRequest__Output, _nestmall_inventory_v1_StockEntryPage__Output>
  PrepareReturnXa: MethodDefinition<_nestmall_inventory_v1_ReturnXaRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_ReturnXaRequest__Output, _nestmall_inventory_v1_Empty__Output>
  PrepareSaleXa: MethodDefinition<_nestmall_inventory_v1_FreezeRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_FreezeRequest__Output, _nestmall_inventory_v1_Empty__Output>
  RecordStockEntry: MethodDefinition<_nestmall_inventory_v1_StockEntryRequest, _nestmall_inventory_v1_Stock, _nestmall_inventory_v1_StockEntryRequest__Output, _nestmall_inventory_v1_Stock__Output>
  RecoverXa: MethodDefinition<_nestmall_inventory_v1_Empty, _nestmall_inventory_v1_RecoverXaResponse, _nestmall_inventory_v1_Empty__Output, _nestmall_inventory_v1_RecoverXaResponse__Output>
  ReturnStock: MethodDefinition<_nestmall_inventory_v1_GidRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty__Output>
  RollbackXa: MethodDefinition<_nestmall_inventory_v1_GidRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty__Output>
  Unfreeze: MethodDefinition<_nestmall_inventory_v1_GidRequest, _nestmall_inventory_v1_Empty, _nestmall_inventory_v1_GidRequest__Output, _nestmall_inventory_v1_Empty__Output>
}
