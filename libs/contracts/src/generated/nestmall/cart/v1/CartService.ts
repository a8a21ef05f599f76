// Original file: proto/nestmall/cart/v1/cart.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddItemRequest as _nestmall_cart_v1_AddItemRequest, AddItemRequest__Output as _nestmall_cart_v1_AddItemRequest__Output } from '../../../nestmall/cart/v1/AddItemRequest.js';
import type { Cart as _nestmall_cart_v1_Cart, Cart__Output as _nestmall_cart_v1_Cart__Output } from '../../../nestmall/cart/v1/Cart.js';
import type { CartRef as _nestmall_cart_v1_CartRef, CartRef__Output as _nestmall_cart_v1_CartRef__Output } from '../../../nestmall/cart/v1/CartRef.js';
import type { ChangeQuantityRequest as _nestmall_cart_v1_ChangeQuantityRequest, ChangeQuantityRequest__Output as _nestmall_cart_v1_ChangeQuantityRequest__Output } from '../../../nestmall/cart/v1/ChangeQuantityRequest.js';
import type { CheckOutRequest as _nestmall_cart_v1_CheckOutRequest, CheckOutRequest__Output as _nestmall_cart_v1_CheckOutRequest__Output } from '../../../nestmall/cart/v1/CheckOutRequest.js';
import type { CheckOutResponse as _nestmall_cart_v1_CheckOutResponse, CheckOutResponse__Output as _nestmall_cart_v1_CheckOutResponse__Output } from '../../../nestmall/cart/v1/CheckOutResponse.js';
import type { MergeGuestCartRequest as _nestmall_cart_v1_MergeGuestCartRequest, MergeGuestCartRequest__Output as _nestmall_cart_v1_MergeGuestCartRequest__Output } from '../../../nestmall/cart/v1/MergeGuestCartRequest.js';
import type { MergedCart as _nestmall_cart_v1_MergedCart, MergedCart__Output as _nestmall_cart_v1_MergedCart__Output } from '../../../nestmall/cart/v1/MergedCart.js';
import type { RemoveItemRequest as _nestmall_cart_v1_RemoveItemRequest, RemoveItemRequest__Output as _nestmall_cart_v1_RemoveItemRequest__Output } from '../../../nestmall/cart/v1/RemoveItemRequest.js';

export interface CartServiceClient extends grpc.Client {
  AddItem(argument: _nestmall_cart_v1_AddItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _nestmall_cart_v1_AddItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _nestmall_cart_v1_AddItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  AddItem(argument: _nestmall_cart_v1_AddItemRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  addItem(argument: _nestmall_cart_v1_AddItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  addItem(argument: _nestmall_cart_v1_AddItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  addItem(argument: _nestmall_cart_v1_AddItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  addItem(argument: _nestmall_cart_v1_AddItemRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  
  ChangeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  ChangeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  ChangeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  ChangeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  changeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  changeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  changeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  changeQuantity(argument: _nestmall_cart_v1_ChangeQuantityRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  
  CheckOut(argument: _nestmall_cart_v1_CheckOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  CheckOut(argument: _nestmall_cart_v1_CheckOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  CheckOut(argument: _nestmall_cart_v1_CheckOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  CheckOut(argument: _nestmall_cart_v1_CheckOutRequest, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  checkOut(argument: _nestmall_cart_v1_CheckOutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  checkOut(argument: _nestmall_cart_v1_CheckOutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  checkOut(argument: _nestmall_cart_v1_CheckOutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  checkOut(argument: _nestmall_cart_v1_CheckOutRequest, callback: grpc.requestCallback<_nestmall_cart_v1_CheckOutResponse__Output>): grpc.ClientUnaryCall;
  
  GetCart(argument: _nestmall_cart_v1_CartRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  GetCart(argument: _nestmall_cart_v1_CartRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  GetCart(argument: _nestmall_cart_v1_CartRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  GetCart(argument: _nestmall_cart_v1_CartRef, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  getCart(argument: _nestmall_cart_v1_CartRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  getCart(argument: _nestmall_cart_v1_CartRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  getCart(argument: _nestmall_cart_v1_CartRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  getCart(argument: _nestmall_cart_v1_CartRef, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  
  MergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  MergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  MergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  MergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  mergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  mergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  mergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  mergeGuestCart(argument: _nestmall_cart_v1_MergeGuestCartRequest, callback: grpc.requestCallback<_nestmall_cart_v1_MergedCart__Output>): grpc.ClientUnaryCall;
  
  RemoveItem(argument: _nestmall_cart_v1_RemoveItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _nestmall_cart_v1_RemoveItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _nestmall_cart_v1_RemoveItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  RemoveItem(argument: _nestmall_cart_v1_RemoveItemRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _nestmall_cart_v1_RemoveItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _nestmall_cart_v1_RemoveItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _nestmall_cart_v1_RemoveItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  removeItem(argument: _nestmall_cart_v1_RemoveItemRequest, callback: grpc.requestCallback<_nestmall_cart_v1_Cart__Output>): grpc.ClientUnaryCall;
  
}

export interface CartServiceHandlers extends grpc.UntypedServiceImplementation {
  AddItem: grpc.handleUnaryCall<_nestmall_cart_v1_AddItemRequest__Output, _nestmall_cart_v1_Cart>;
  
  ChangeQuantity: grpc.handleUnaryCall<_nestmall_cart_v1_ChangeQuantityRequest__Output, _nestmall_cart_v1_Cart>;
  
  CheckOut: grpc.handleUnaryCall<_nestmall_cart_v1_CheckOutRequest__Output, _nestmall_cart_v1_CheckOutResponse>;
  
  GetCart: grpc.handleUnaryCall<_nestmall_cart_v1_CartRef__Output, _nestmall_cart_v1_Cart>;
  
  MergeGuestCart: grpc.handleUnaryCall<_nestmall_cart_v1_MergeGuestCartRequest__Output, _nestmall_cart_v1_MergedCart>;
  
  RemoveItem: grpc.handleUnaryCall<_nestmall_cart_v1_RemoveItemRequest__Output, _nestmall_cart_v1_Cart>;
  
}

export interface CartServiceDefinition extends grpc.ServiceDefinition {
  AddItem: MethodDefinition<_nestmall_cart_v1_AddItemRequest, _nestmall_cart_v1_Cart, _nestmall_cart_v1_AddItemRequest__Output, _nestmall_cart_v1_Cart__Output>
  ChangeQuantity: MethodDefinition<_nestmall_cart_v1_ChangeQuantityRequest, _nestmall_cart_v1_Cart, _nestmall_cart_v1_ChangeQuantityRequest__Output, _nestmall_cart_v1_Cart__Output>
  CheckOut: MethodDefinition<_nestmall_cart_v1_CheckOutRequest, _nestmall_cart_v1_CheckOutResponse, _nestmall_cart_v1_CheckOutRequest__Output, _nestmall_cart_v1_CheckOutResponse__Output>
  GetCart: MethodDefinition<_nestmall_cart_v1_CartRef, _nestmall_cart_v1_Cart, _nestmall_cart_v1_CartRef__Output, _nestmall_cart_v1_Cart__Output>
  MergeGuestCart: MethodDefinition<_nestmall_cart_v1_MergeGuestCartRequest, _nestmall_cart_v1_MergedCart, _nestmall_cart_v1_MergeGuestCartRequest__Output, _nestmall_cart_v1_MergedCart__Output>
  RemoveItem: MethodDefinition<_nestmall_cart_v1_RemoveItemRequest, _nestmall_cart_v1_Cart, _nestmall_cart_v1_RemoveItemRequest__Output, _nestmall_cart_v1_Cart__Output>
}
