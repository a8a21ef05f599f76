// Original file: proto/nestmall/catalog/v1/catalog.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AdminProduct as _nestmall_catalog_v1_AdminProduct, AdminProduct__Output as _nestmall_catalog_v1_AdminProduct__Output } from '../../../nestmall/catalog/v1/AdminProduct.js';
import type { AdminProductPage as _nestmall_catalog_v1_AdminProductPage, AdminProductPage__Output as _nestmall_catalog_v1_AdminProductPage__Output } from '../../../nestmall/catalog/v1/AdminProductPage.js';
import type { EditProductRequest as _nestmall_catalog_v1_EditProductRequest, EditProductRequest__Output as _nestmall_catalog_v1_EditProductRequest__Output } from '../../../nestmall/catalog/v1/EditProductRequest.js';
import type { GetSkusRequest as _nestmall_catalog_v1_GetSkusRequest, GetSkusRequest__Output as _nestmall_catalog_v1_GetSkusRequest__Output } from '../../../nestmall/catalog/v1/GetSkusRequest.js';
import type { GetSkusResponse as _nestmall_catalog_v1_GetSkusResponse, GetSkusResponse__Output as _nestmall_catalog_v1_GetSkusResponse__Output } from '../../../nestmall/catalog/v1/GetSkusResponse.js';
import type { ListAdminProductsRequest as _nestmall_catalog_v1_ListAdminProductsRequest, ListAdminProductsRequest__Output as _nestmall_catalog_v1_ListAdminProductsRequest__Output } from '../../../nestmall/catalog/v1/ListAdminProductsRequest.js';
import type { ListProductsRequest as _nestmall_catalog_v1_ListProductsRequest, ListProductsRequest__Output as _nestmall_catalog_v1_ListProductsRequest__Output } from '../../../nestmall/catalog/v1/ListProductsRequest.js';
import type { ListProductsResponse as _nestmall_catalog_v1_ListProductsResponse, ListProductsResponse__Output as _nestmall_catalog_v1_ListProductsResponse__Output } from '../../../nestmall/catalog/v1/ListProductsResponse.js';
import type { ProductContent as _nestmall_catalog_v1_ProductContent, ProductContent__Output as _nestmall_catalog_v1_ProductContent__Output } from '../../../nestmall/catalog/v1/ProductContent.js';
import type { ReviewProductRequest as _nestmall_catalog_v1_ReviewProductRequest, ReviewProductRequest__Output as _nestmall_catalog_v1_ReviewProductRequest__Output } from '../../../nestmall/catalog/v1/ReviewProductRequest.js';

export interface CatalogServiceClient extends grpc.Client {
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  GetSkus(argument: _nestmall_catalog_v1_GetSkusRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  getSkus(argument: _nestmall_catalog_v1_GetSkusRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_GetSkusResponse__Output>): grpc.ClientUnaryCall;
  
  ListAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  ListAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  ListAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  ListAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  listAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  listAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  listAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  listAdminProducts(argument: _nestmall_catalog_v1_ListAdminProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProductPage__Output>): grpc.ClientUnaryCall;
  
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _nestmall_catalog_v1_ListProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _nestmall_catalog_v1_ListProductsRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  
  ReviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  ReviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  ReviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  ReviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  reviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  reviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  reviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  reviewProduct(argument: _nestmall_catalog_v1_ReviewProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  
}

export interface CatalogServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_ProductContent__Output, _nestmall_catalog_v1_AdminProduct>;
  
  EditProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_EditProductRequest__Output, _nestmall_catalog_v1_AdminProduct>;
  
  GetSkus: grpc.handleUnaryCall<_nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse>;
  
  ListAdminProducts: grpc.handleUnaryCall<_nestmall_catalog_v1_ListAdminProductsRequest__Output, _nestmall_catalog_v1_AdminProductPage>;
  
  ListProducts: grpc.handleUnaryCall<_nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse>;
  
  ReviewProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_ReviewProductRequest__Output, _nestmall_catalog_v1_AdminProduct>;
  
}

export interface CatalogServiceDefinition extends grpc.ServiceDefinition {
  CreateProduct: MethodDefinition<_nestmall_catalog_v1_ProductContent, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_ProductContent__Output, _nestmall_catalog_v1_AdminProduct__Output>
  EditProduct: MethodDefinition<_nestmall_catalog_v1_EditProductRequest, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_EditProductRequest__Output, _nestmall_catalog_v1_AdminProduct__Output>
  GetSkus: MethodDefinition<_nestmall_catalog_v1_GetSkusRequest, _nestmall_catalog_v1_GetSkusResponse, _nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse__Output>
  ListAdminProducts: MethodDefinition<_nestmall_catalog_v1_ListAdminProductsRequest, _nestmall_catalog_v1_AdminProductPage, _nestmall_catalog_v1_ListAdminProductsRequest__Output, _nestmall_catalog_v1_AdminProductPage__Output>
  ListProducts: MethodDefinition<_nestmall_catalog_v1_ListProductsRequest, _nestmall_catalog_v1_ListProductsResponse, _nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse__Output>
  ReviewProduct: MethodDefinition<_nestmall_catalog_v1_ReviewProductRequest, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_ReviewProductRequest__Output, _nestmall_catalog_v1_AdminProduct__Output>
}
