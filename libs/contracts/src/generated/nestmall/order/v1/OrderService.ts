// Original file: proto/nestmall/order/v1/order.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Empty as _nestmall_order_v1_Empty, Empty__Output as _nestmall_order_v1_Empty__Output } from '../../../nestmall/order/v1/Empty.js';
import type { InvariantReport as _nestmall_order_v1_InvariantReport, InvariantReport__Output as _nestmall_order_v1_InvariantReport__Output } from '../../../nestmall/order/v1/InvariantReport.js';
import type { ListOrdersRequest as _nestmall_order_v1_ListOrdersRequest, ListOrdersRequest__Output as _nestmall_order_v1_ListOrdersRequest__Output } from '../../../nestmall/order/v1/ListOrdersRequest.js';
import type { ListOrdersResponse as _nestmall_order_v1_ListOrdersResponse, ListOrdersResponse__Output as _nestmall_order_v1_ListOrdersResponse__Output } from '../../../nestmall/order/v1/ListOrdersResponse.js';
import type { ListTransactionsResponse as _nestmall_order_v1_ListTransactionsResponse, ListTransactionsResponse__Output as _nestmall_order_v1_ListTransactionsResponse__Output } from '../../../nestmall/order/v1/ListTransactionsResponse.js';
import type { Order as _nestmall_order_v1_Order, Order__Output as _nestmall_order_v1_Order__Output } from '../../../nestmall/order/v1/Order.js';
import type { OrderRef as _nestmall_order_v1_OrderRef, OrderRef__Output as _nestmall_order_v1_OrderRef__Output } from '../../../nestmall/order/v1/OrderRef.js';
import type { OrderTimeline as _nestmall_order_v1_OrderTimeline, OrderTimeline__Output as _nestmall_order_v1_OrderTimeline__Output } from '../../../nestmall/order/v1/OrderTimeline.js';
import type { PlaceOrderRequest as _nestmall_order_v1_PlaceOrderRequest, PlaceOrderRequest__Output as _nestmall_order_v1_PlaceOrderRequest__Output } from '../../../nestmall/order/v1/PlaceOrderRequest.js';
import type { RetryTransactionRequest as _nestmall_order_v1_RetryTransactionRequest, RetryTransactionRequest__Output as _nestmall_order_v1_RetryTransactionRequest__Output } from '../../../nestmall/order/v1/RetryTransactionRequest.js';
import type { Transaction as _nestmall_order_v1_Transaction, Transaction__Output as _nestmall_order_v1_Transaction__Output } from '../../../nestmall/order/v1/Transaction.js';

export interface OrderServiceClient extends grpc.Client {
  CancelOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  CancelOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  cancelOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  
  CheckInvariants(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  CheckInvariants(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  CheckInvariants(argument: _nestmall_order_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  CheckInvariants(argument: _nestmall_order_v1_Empty, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  checkInvariants(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  checkInvariants(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  checkInvariants(argument: _nestmall_order_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  checkInvariants(argument: _nestmall_order_v1_Empty, callback: grpc.requestCallback<_nestmall_order_v1_InvariantReport__Output>): grpc.ClientUnaryCall;
  
  GetOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  
  GetOrderTimeline(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  GetOrderTimeline(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  GetOrderTimeline(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  GetOrderTimeline(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  getOrderTimeline(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  getOrderTimeline(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  getOrderTimeline(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  getOrderTimeline(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_OrderTimeline__Output>): grpc.ClientUnaryCall;
  
  ListOrders(argument: _nestmall_order_v1_ListOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _nestmall_order_v1_ListOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _nestmall_order_v1_ListOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _nestmall_order_v1_ListOrdersRequest, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _nestmall_order_v1_ListOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _nestmall_order_v1_ListOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _nestmall_order_v1_ListOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _nestmall_order_v1_ListOrdersRequest, callback: grpc.requestCallback<_nestmall_order_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  
  ListTransactions(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _nestmall_order_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _nestmall_order_v1_Empty, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _nestmall_order_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _nestmall_order_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _nestmall_order_v1_Empty, callback: grpc.requestCallback<_nestmall_order_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  
  PlaceOrder(argument: _nestmall_order_v1_PlaceOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  PlaceOrder(argument: _nestmall_order_v1_PlaceOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  PlaceOrder(argument: _nestmall_order_v1_PlaceOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  PlaceOrder(argument: _nestmall_order_v1_PlaceOrderRequest, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  placeOrder(argument: _nestmall_order_v1_PlaceOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  placeOrder(argument: _nestmall_order_v1_PlaceOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  placeOrder(argument: _nestmall_order_v1_PlaceOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  placeOrder(argument: _nestmall_order_v1_PlaceOrderRequest, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  
  ReceiveOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ReceiveOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ReceiveOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ReceiveOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  receiveOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  receiveOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  receiveOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  receiveOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  
  RetryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  RetryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  RetryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  RetryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  retryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  retryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  retryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  retryTransaction(argument: _nestmall_order_v1_RetryTransactionRequest, callback: grpc.requestCallback<_nestmall_order_v1_Transaction__Output>): grpc.ClientUnaryCall;
  
  ShipOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ShipOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ShipOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  ShipOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  shipOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  shipOrder(argument: _nestmall_order_v1_OrderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  shipOrder(argument: _nestmall_order_v1_OrderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  shipOrder(argument: _nestmall_order_v1_OrderRef, callback: grpc.requestCallback<_nestmall_order_v1_Order__Output>): grpc.ClientUnaryCall;
  
}

export interface OrderServiceHandlers extends grpc.UntypedServiceImplementation {
  CancelOrder: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order>;
  
  CheckInvariants: grpc.handleUnaryCall<_nestmall_order_v1_Empty__Output, _nestmall_order_v1_InvariantReport>;
  
  GetOrder: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order>;
  
  GetOrderTimeline: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_OrderTimeline>;
  
  ListOrders: grpc.handleUnaryCall<_nestmall_order_v1_ListOrdersRequest__Output, _nestmall_order_v1_ListOrdersResponse>;
  
  ListTransactions: grpc.handleUnaryCall<_nestmall_order_v1_Empty__Output, _nestmall_order_v1_ListTransactionsResponse>;
  
  PlaceOrder: grpc.handleUnaryCall<_nestmall_order_v1_PlaceOrderRequest__Output, _nestmall_order_v1_Order>;
  
  ReceiveOrder: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order>;
  
  RetryTransaction: grpc.handleUnaryCall<_nestmall_order_v1_RetryTransactionRequest__Output, _nestmall_order_v1_Transaction>;
  
  ShipOrder: grpc.handleUnaryCall<_nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order>;
  
}

export interface OrderServiceDefinition extends grpc.ServiceDefinition {
  CancelOrder: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_Order, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order__Output>
  CheckInvariants: MethodDefinition<_nestmall_order_v1_Empty, _nestmall_order_v1_InvariantReport, _nestmall_order_v1_Empty__Output, _nestmall_order_v1_InvariantReport__Output>
  GetOrder: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_Order, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order__Output>
  GetOrderTimeline: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_OrderTimeline, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_OrderTimeline__Output>
  ListOrders: MethodDefinition<_nestmall_order_v1_ListOrdersRequest, _nestmall_order_v1_ListOrdersResponse, _nestmall_order_v1_ListOrdersRequest__Output, _nestmall_order_v1_ListOrdersResponse__Output>
  ListTransactions: MethodDefinition<_nestmall_order_v1_Empty, _nestmall_order_v1_ListTransactionsResponse, _nestmall_order_v1_Empty__Output, _nestmall_order_v1_ListTransactionsResponse__Output>
  PlaceOrder: MethodDefinition<_nestmall_order_v1_PlaceOrderRequest, _nestmall_order_v1_Order, _nestmall_order_v1_PlaceOrderRequest__Output, _nestmall_order_v1_Order__Output>
  ReceiveOrder: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_Order, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order__Output>
  RetryTransaction: MethodDefinition<_nestmall_order_v1_RetryTransactionRequest, _nestmall_order_v1_Transaction, _nestmall_order_v1_RetryTransactionRequest__Output, _nestmall_order_v1_Transaction__Output>
  ShipOrder: MethodDefinition<_nestmall_order_v1_OrderRef, _nestmall_order_v1_Order, _nestmall_order_v1_OrderRef__Output, _nestmall_order_v1_Order__Output>
}
