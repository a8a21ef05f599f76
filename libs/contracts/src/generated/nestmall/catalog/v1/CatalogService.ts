// Original file: proto/nestmall/catalog/v1/catalog.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetSkusRequest as _nestmall_catalog_v1_GetSkusRequest, GetSkusRequest__Output as _nestmall_catalog_v1_GetSkusRequest__Output } from '../../../nestmall/catalog/v1/GetSkusRequest.js';
import type { GetSkusResponse as _nestmall_catalog_v1_GetSkusResponse, GetSkusResponse__Output as _nestmall_catalog_v1_GetSkusResponse__Output } from '../../../nestmall/catalog/v1/GetSkusResponse.js';
import type { ListProductsRequest as _nestmall_catalog_v1_ListProductsRequest, ListProductsRequest__Output as _nestmall_catalog_v1_ListProductsRequest__Output } from '../../../nestmall/catalog/v1/ListProductsRequest.js';
import type { ListProductsResponse as _nestmall_catalog_v1_ListProductsResponse, ListProductsResponse__Output as _nestmall_catalog_v1_ListProductsResponse__Output } from '../../../nestmall/catalog/v1/ListProductsResponse.js';

export interface CatalogServiceClient extends grpc.Client {
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CatalogServiceHandlers extends grpc.UntypedServiceImplementation {
  GetSkus: grpc.handleUnaryCall<_nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse>;
  
  ListProducts: grpc.handleUnaryCall<_nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse>;
  
}

export interface CatalogServiceDefinition extends grpc.ServiceDefinition {
  GetSkus: MethodDefinition<_nestmall_catalog_v1_GetSkusRequest, _nestmall_catalog_v1_GetSkusResponse, _nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse__Output>
  ListProducts: MethodDefinition<_nestmall_catalog_v1_ListProductsRequest, _nestmall_catalog_v1_ListProductsResponse, _nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse__Output>
}
