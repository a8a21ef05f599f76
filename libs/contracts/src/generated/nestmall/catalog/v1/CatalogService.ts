// Original file: proto/nestmall/catalog/v1/catalog.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AdminProduct as _nestmall_catalog_v1_AdminProduct, AdminProduct__Output as _nestmall_catalog_v1_AdminProduct__Output } from '../../../nestmall/catalog/v1/AdminProduct.js';
import type { AdminProductPage as _nestmall_catalog_v1_AdminProductPage, AdminProductPage__Output as _nestmall_catalog_v1_AdminProductPage__Output } from '../../../nestmall/catalog/v1/AdminProductPage.js';
import type { CreateTaxonRequest as _nestmall_catalog_v1_CreateTaxonRequest, CreateTaxonRequest__Output as _nestmall_catalog_v1_CreateTaxonRequest__Output } from '../../../nestmall/catalog/v1/CreateTaxonRequest.js';
import type { EditProductRequest as _nestmall_catalog_v1_EditProductRequest, EditProductRequest__Output as _nestmall_catalog_v1_EditProductRequest__Output } from '../../../nestmall/catalog/v1/EditProductRequest.js';
import type { EditTaxonRequest as _nestmall_catalog_v1_EditTaxonRequest, EditTaxonRequest__Output as _nestmall_catalog_v1_EditTaxonRequest__Output } from '../../../nestmall/catalog/v1/EditTaxonRequest.js';
import type { GetSkusRequest as _nestmall_catalog_v1_GetSkusRequest, GetSkusRequest__Output as _nestmall_catalog_v1_GetSkusRequest__Output } from '../../../nestmall/catalog/v1/GetSkusRequest.js';
import type { GetSkusResponse as _nestmall_catalog_v1_GetSkusResponse, GetSkusResponse__Output as _nestmall_catalog_v1_GetSkusResponse__Output } from '../../../nestmall/catalog/v1/GetSkusResponse.js';
import type { ListAdminProductsRequest as _nestmall_catalog_v1_ListAdminProductsRequest, ListAdminProductsRequest__Output as _nestmall_catalog_v1_ListAdminProductsRequest__Output } from '../../../nestmall/catalog/v1/ListAdminProductsRequest.js';
import type { ListProductsRequest as _nestmall_catalog_v1_ListProductsRequest, ListProductsRequest__Output as _nestmall_catalog_v1_ListProductsRequest__Output } from '../../../nestmall/catalog/v1/ListProductsRequest.js';
import type { ListProductsResponse as _nestmall_catalog_v1_ListProductsResponse, ListProductsResponse__Output as _nestmall_catalog_v1_ListProductsResponse__Output } from '../../../nestmall/catalog/v1/ListProductsResponse.js';
import type { ListTaxaRequest as _nestmall_catalog_v1_ListTaxaRequest, ListTaxaRequest__Output as _nestmall_catalog_v1_ListTaxaRequest__Output } from '../../../nestmall/catalog/v1/ListTaxaRequest.js';
import type { ProductContent as _nestmall_catalog_v1_ProductContent, ProductContent__Output as _nestmall_catalog_v1_ProductContent__Output } from '../../../nestmall/catalog/v1/ProductContent.js';
import type { ReviewProductRequest as _nestmall_catalog_v1_ReviewProductRequest, ReviewProductRequest__Output as _nestmall_catalog_v1_ReviewProductRequest__Output } from '../../../nestmall/catalog/v1/ReviewProductRequest.js';
import type { Taxon as _nestmall_catalog_v1_Taxon, Taxon__Output as _nestmall_catalog_v1_Taxon__Output } from '../../../nestmall/catalog/v1/Taxon.js';
import type { TaxonPage as _nestmall_catalog_v1_TaxonPage, TaxonPage__Output as _nestmall_catalog_v1_TaxonPage__Output } from '../../../nestmall/catalog/v1/TaxonPage.js';

export interface CatalogServiceClient extends grpc.Client {
  BrowseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  BrowseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  BrowseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  BrowseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  browseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  browseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  browseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  browseTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _nestmall_catalog_v1_ProductContent, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _nestmall_catalog_v1_ProductContent, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  
  CreateTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  CreateTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  CreateTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  CreateTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  createTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  createTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  createTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  createTaxon(argument: _nestmall_catalog_v1_CreateTaxonRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  EditProduct(argument: _nestmall_catalog_v1_EditProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  editProduct(argument: _nestmall_catalog_v1_EditProductRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_AdminProduct__Output>): grpc.ClientUnaryCall;
  
  EditTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  EditTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  EditTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  EditTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  editTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  editTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  editTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  editTaxon(argument: _nestmall_catalog_v1_EditTaxonRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_Taxon__Output>): grpc.ClientUnaryCall;
  
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
  
  ListTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  ListTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  ListTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  ListTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  listTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  listTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  listTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  listTaxa(argument: _nestmall_catalog_v1_ListTaxaRequest, callback: grpc.requestCallback<_nestmall_catalog_v1_TaxonPage__Output>): grpc.ClientUnaryCall;
  
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
  BrowseTaxa: grpc.handleUnaryCall<_nestmall_catalog_v1_ListTaxaRequest__Output, _nestmall_catalog_v1_TaxonPage>;
  
  CreateProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_ProductContent__Output, _nestmall_catalog_v1_AdminProduct>;
  
  CreateTaxon: grpc.handleUnaryCall<_nestmall_catalog_v1_CreateTaxonRequest__Output, _nestmall_catalog_v1_Taxon>;
  
  EditProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_EditProductRequest__Output, _nestmall_catalog_v1_AdminProduct>;
  
  EditTaxon: grpc.handleUnaryCall<_nestmall_catalog_v1_EditTaxonRequest__Output, _nestmall_catalog_v1_Taxon>;
  
  GetSkus: grpc.handleUnaryCall<_nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse>;
  
  ListAdminProducts: grpc.handleUnaryCall<_nestmall_catalog_v1_ListAdminProductsRequest__Output, _nestmall_catalog_v1_AdminProductPage>;
  
  ListProducts: grpc.handleUnaryCall<_nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse>;
  
  ListTaxa: grpc.handleUnaryCall<_nestmall_catalog_v1_ListTaxaRequest__Output, _nestmall_catalog_v1_TaxonPage>;
  
  ReviewProduct: grpc.handleUnaryCall<_nestmall_catalog_v1_ReviewProductRequest__Output, _nestmall_catalog_v1_AdminProduct>;
  
}

export interface CatalogServiceDefinition extends grpc.ServiceDefinition {
  BrowseTaxa: MethodDefinition<_nestmall_catalog_v1_ListTaxaRequest, _nestmall_catalog_v1_TaxonPage, _nestmall_catalog_v1_ListTaxaRequest__Output, _nestmall_catalog_v1_TaxonPage__Output>
  CreateProduct: MethodDefinition<_nestmall_catalog_v1_ProductContent, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_ProductContent__Output, _nestmall_catalog_v1_AdminProduct__Output>
  CreateTaxon: MethodDefinition<_nestmall_catalog_v1_CreateTaxonRequest, _nestmall_catalog_v1_Taxon, _nestmall_catalog_v1_CreateTaxonRequest__Output, _nestmall_catalog_v1_Taxon__Output>
  EditProduct: MethodDefinition<_nestmall_catalog_v1_EditProductRequest, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_EditProductRequest__Output, _nestmall_catalog_v1_AdminProduct__Output>
  EditTaxon: MethodDefinition<_nestmall_catalog_v1_EditTaxonRequest, _nestmall_catalog_v1_Taxon, _nestmall_catalog_v1_EditTaxonRequest__Output, _nestmall_catalog_v1_Taxon__Output>
  GetSkus: MethodDefinition<_nestmall_catalog_v1_GetSkusRequest, _nestmall_catalog_v1_GetSkusResponse, _nestmall_catalog_v1_GetSkusRequest__Output, _nestmall_catalog_v1_GetSkusResponse__Output>
  ListAdminProducts: MethodDefinition<_nestmall_catalog_v1_ListAdminProductsRequest, _nestmall_catalog_v1_AdminProductPage, _nestmall_catalog_v1_ListAdminProductsRequest__Output, _nestmall_catalog_v1_AdminProductPage__Output>
  ListProducts: MethodDefinition<_nestmall_catalog_v1_ListProductsRequest, _nestmall_catalog_v1_ListProductsResponse, _nestmall_catalog_v1_ListProductsRequest__Output, _nestmall_catalog_v1_ListProductsResponse__Output>
  ListTaxa: MethodDefinition<_nestmall_catalog_v1_ListTaxaRequest, _nestmall_catalog_v1_TaxonPage, _nestmall_catalog_v1_ListTaxaRequest__Output, _nestmall_catalog_v1_TaxonPage__Output>
  ReviewProduct: MethodDefinition<_nestmall_catalog_v1_ReviewProductRequest, _nestmall_catalog_v1_AdminProduct, _nestmall_catalog_v1_ReviewProductRequest__Output, _nestmall_catalog_v1_AdminProduct__Output>
}
