// Original file: proto/nestmall/order/v1/order.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AfterSales as _nestmall_order_v1_AfterSales, AfterSales__Output as _nestmall_order_v1_AfterSales__Output } from '../../../nestmall/order/v1/AfterSales.js';
import type { AfterSalesList as _nestmall_order_v1_AfterSalesList, AfterSalesList__Output as _nestmall_order_v1_AfterSalesList__Output } from '../../../nestmall/order/v1/AfterSalesList.js';
import type { AfterSalesPage as _nestmall_order_v1_AfterSalesPage, AfterSalesPage__Output as _nestmall_order_v1_AfterSalesPage__Output } from '../../../nestmall/order/v1/AfterSalesPage.js';
import type { AfterSalesRef as _nestmall_order_v1_AfterSalesRef, AfterSalesRef__Output as _nestmall_order_v1_AfterSalesRef__Output } from '../../../nestmall/order/v1/AfterSalesRef.js';
import type { AfterSalesRequestMessage as _nestmall_order_v1_AfterSalesRequestMessage, AfterSalesRequestMessage__Output as _nestmall_order_v1_AfterSalesRequestMessage__Output } from '../../../nestmall/order/v1/AfterSalesRequestMessage.js';
import type { DecideAfterSalesRequest as _nestmall_order_v1_DecideAfterSalesRequest, DecideAfterSalesRequest__Output as _nestmall_order_v1_DecideAfterSalesRequest__Output } from '../../../nestmall/order/v1/DecideAfterSalesRequest.js';
import type { ListAfterSalesRequest as _nestmall_order_v1_ListAfterSalesRequest, ListAfterSalesRequest__Output as _nestmall_order_v1_ListAfterSalesRequest__Output } from '../../../nestmall/order/v1/ListAfterSalesRequest.js';
import type { OrderRef as _nestmall_order_v1_OrderRef, OrderRef__Output as _nestmall_order_v1_OrderRef__Output } from '../../../nestmall/order/v1/OrderRef.js';

export interface AfterSalesServiceClient extends grpc.Client {
  DecideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  DecideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  DecideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  DecideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  decideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  decideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  decideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  decideAfterSales(argument: _nestmall_order_v1_DecideAfterSalesRequest, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  
  GetAfterSales(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  GetAfterSales(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  GetAfterSales(argument: _nestmall_order_v1_AfterSalesRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  GetAfterSales(argument: _nestmall_order_v1_AfterSalesRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  getAfterSales(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  getAfterSales(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  getAfterSales(argument: _nestmall_order_v1_AfterSalesRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  getAfterSales(argument: _nestmall_order_v1_AfterSalesRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  
  ListAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  ListAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  ListAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  ListAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  listAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  listAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  listAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  listAfterSales(argument: _nestmall_order_v1_ListAfterSalesRequest, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesPage__Output>): grpc.ClientUnaryCall;
  
  ListOrderAfterSales(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  ListOrderAfterSales(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  ListOrderAfterSales(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  ListOrderAfterSales(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  listOrderAfterSales(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  listOrderAfterSales(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  listOrderAfterSales(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  listOrderAfterSales(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSalesList__Output>): grpc.ClientUnaryCall;
  
  ReceiveReturn(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  ReceiveReturn(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  ReceiveReturn(argument: _nestmall_order_v1_AfterSalesRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  ReceiveReturn(argument: _nestmall_order_v1_AfterSalesRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  receiveReturn(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  receiveReturn(argument: _nestmall_order_v1_AfterSalesRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  receiveReturn(argument: _nestmall_order_v1_AfterSalesRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  receiveReturn(argument: _nestmall_order_v1_AfterSalesRef, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  
  RequestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  RequestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  RequestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  RequestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  requestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  requestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  requestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  requestAfterSales(argument: _nestmall_order_v1_AfterSalesRequestMessage, callback: grpc.requestCallback<_nestmall_order_v1_AfterSales__Output>): grpc.ClientUnaryCall;
  
}

export interface AfterSalesServiceHandlers extends grpc.UntypedServiceImplementation {
  DecideAfterSales: grpc.handleUnaryCall<_nestmall_order_v1_DecideAfterSalesRequest__Output, _nestmall_order_v1_AfterSales>;
  
  GetAfterSales: grpc.handleUnaryCall<_nestmall_order_v1_AfterSalesRef__Output, _nestmall_order_v1_AfterSales>;
  
  ListAfterSales: grpc.handleUnaryCall<_nestmall_order_v1_ListAfterSalesRequest__Output, _nestmall_order_v1_AfterSalesPage>;
  
  ListOrderAfterSales: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_AfterSalesList>;
  
  ReceiveReturn: grpc.handleUnaryCall<_nestmall_order_v1_AfterSalesRef__Output, _nestmall_order_v1_AfterSales>;
  
  RequestAfterSales: grpc.handleUnaryCall<_nestmall_order_v1_AfterSalesRequestMessage__Output, _nestmall_order_v1_AfterSales>;
  
}

export interface AfterSalesServiceDefinition extends grpc.ServiceDefinition {
  DecideAfterSales: MethodDefinition<_nestmall_order_v1_DecideAfterSalesRequest, _nestmall_order_v1_AfterSales, _nestmall_order_v1_DecideAfterSalesRequest__Output, _nestmall_order_v1_AfterSales__Output>
  GetAfterSales: MethodDefinition<_nestmall_order_v1_AfterSalesRef, _nestmall_order_v1_AfterSales, _nestmall_order_v1_AfterSalesRef__Output, _nestmall_order_v1_AfterSales__Output>
  ListAfterSales: MethodDefinition<_nestmall_order_v1_ListAfterSalesRequest, _nestmall_order_v1_AfterSalesPage, _nestmall_order_v1_ListAfterSalesRequest__Output, _nestmall_order_v1_AfterSalesPage__Output>
  ListOrderAfterSales: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_AfterSalesList, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_AfterSalesList__Output>
  ReceiveReturn: MethodDefinition<_nestmall_order_v1_AfterSalesRef, _nestmall_order_v1_AfterSales, _nestmall_order_v1_AfterSalesRef__Output, _nestmall_order_v1_AfterSales__Output>
  RequestAfterSales: MethodDefinition<_nestmall_order_v1_AfterSalesRequestMessage, _nestmall_order_v1_AfterSales, _nestmall_order_v1_AfterSalesRequestMessage__Output, _nestmall_order_v1_AfterSales__Output>
}
