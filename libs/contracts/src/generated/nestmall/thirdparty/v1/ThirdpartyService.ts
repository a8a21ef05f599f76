// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CarrierNotification as _nestmall_thirdparty_v1_CarrierNotification, CarrierNotification__Output as _nestmall_thirdparty_v1_CarrierNotification__Output } from '../../../nestmall/thirdparty/v1/CarrierNotification.js';
import type { CreateShipmentRequest as _nestmall_thirdparty_v1_CreateShipmentRequest, CreateShipmentRequest__Output as _nestmall_thirdparty_v1_CreateShipmentRequest__Output } from '../../../nestmall/thirdparty/v1/CreateShipmentRequest.js';
import type { Empty as _nestmall_thirdparty_v1_Empty, Empty__Output as _nestmall_thirdparty_v1_Empty__Output } from '../../../nestmall/thirdparty/v1/Empty.js';
import type { Identity as _nestmall_thirdparty_v1_Identity, Identity__Output as _nestmall_thirdparty_v1_Identity__Output } from '../../../nestmall/thirdparty/v1/Identity.js';
import type { ModerateImagesRequest as _nestmall_thirdparty_v1_ModerateImagesRequest, ModerateImagesRequest__Output as _nestmall_thirdparty_v1_ModerateImagesRequest__Output } from '../../../nestmall/thirdparty/v1/ModerateImagesRequest.js';
import type { ModerateImagesResponse as _nestmall_thirdparty_v1_ModerateImagesResponse, ModerateImagesResponse__Output as _nestmall_thirdparty_v1_ModerateImagesResponse__Output } from '../../../nestmall/thirdparty/v1/ModerateImagesResponse.js';
import type { Shipment as _nestmall_thirdparty_v1_Shipment, Shipment__Output as _nestmall_thirdparty_v1_Shipment__Output } from '../../../nestmall/thirdparty/v1/Shipment.js';
import type { TrackingOutcome as _nestmall_thirdparty_v1_TrackingOutcome, TrackingOutcome__Output as _nestmall_thirdparty_v1_TrackingOutcome__Output } from '../../../nestmall/thirdparty/v1/TrackingOutcome.js';
import type { VerifyIdentityRequest as _nestmall_thirdparty_v1_VerifyIdentityRequest, VerifyIdentityRequest__Output as _nestmall_thirdparty_v1_VerifyIdentityRequest__Output } from '../../../nestmall/thirdparty/v1/VerifyIdentityRequest.js';

export interface ThirdpartyServiceClient extends grpc.Client {
  CreateShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  CreateShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  createShipment(argument: _nestmall_thirdparty_v1_CreateShipmentRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Shipment__Output>): grpc.ClientUnaryCall;
  
  GetIdentity(argument: _nestmall_thirdparty_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  GetIdentity(argument: _nestmall_thirdparty_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  GetIdentity(argument: _nestmall_thirdparty_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  GetIdentity(argument: _nestmall_thirdparty_v1_Empty, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  getIdentity(argument: _nestmall_thirdparty_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  getIdentity(argument: _nestmall_thirdparty_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  getIdentity(argument: _nestmall_thirdparty_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  getIdentity(argument: _nestmall_thirdparty_v1_Empty, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  
  HandleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  HandleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  HandleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  HandleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  handleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  handleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  handleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  handleCarrierNotification(argument: _nestmall_thirdparty_v1_CarrierNotification, callback: grpc.requestCallback<_nestmall_thirdparty_v1_TrackingOutcome__Output>): grpc.ClientUnaryCall;
  
  ModerateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  ModerateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  ModerateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  ModerateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  moderateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  moderateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  moderateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  moderateImages(argument: _nestmall_thirdparty_v1_ModerateImagesRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_ModerateImagesResponse__Output>): grpc.ClientUnaryCall;
  
  VerifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  VerifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  VerifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  VerifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  verifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  verifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  verifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  verifyIdentity(argument: _nestmall_thirdparty_v1_VerifyIdentityRequest, callback: grpc.requestCallback<_nestmall_thirdparty_v1_Identity__Output>): grpc.ClientUnaryCall;
  
}

export interface ThirdpartyServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateShipment: grpc.handleUnaryCall<_nestmall_thirdparty_v1_CreateShipmentRequest__Output, _nestmall_thirdparty_v1_Shipment>;
  
  GetIdentity: grpc.handleUnaryCall<_nestmall_thirdparty_v1_Empty__Output, _nestmall_thirdparty_v1_Identity>;
  
  HandleCarrierNotification: grpc.handleUnaryCall<_nestmall_thirdparty_v1_CarrierNotification__Output, _nestmall_thirdparty_v1_TrackingOutcome>;
  
  ModerateImages: grpc.handleUnaryCall<_nestmall_thirdparty_v1_ModerateImagesRequest__Output, _nestmall_thirdparty_v1_ModerateImagesResponse>;
  
  VerifyIdentity: grpc.handleUnaryCall<_nestmall_thirdparty_v1_VerifyIdentityRequest__Output, _nestmall_thirdparty_v1_Identity>;
  
}

export interface ThirdpartyServiceDefinition extends grpc.ServiceDefinition {
  CreateShipment: MethodDefinition<_nestmall_thirdparty_v1_CreateShipmentRequest, _nestmall_thirdparty_v1_Shipment, _nestmall_thirdparty_v1_CreateShipmentRequest__Output, _nestmall_thirdparty_v1_Shipment__Output>
  GetIdentity: MethodDefinition<_nestmall_thirdparty_v1_Empty, _nestmall_thirdparty_v1_Identity, _nestmall_thirdparty_v1_Empty__Output, _nestmall_thirdparty_v1_Identity__Output>
  HandleCarrierNotification: MethodDefinition<_nestmall_thirdparty_v1_CarrierNotification, _nestmall_thirdparty_v1_TrackingOutcome, _nestmall_thirdparty_v1_CarrierNotification__Output, _nestmall_thirdparty_v1_TrackingOutcome__Output>
  ModerateImages: MethodDefinition<_nestmall_thirdparty_v1_ModerateImagesRequest, _nestmall_thirdparty_v1_ModerateImagesResponse, _nestmall_thirdparty_v1_ModerateImagesRequest__Output, _nestmall_thirdparty_v1_ModerateImagesResponse__Output>
  VerifyIdentity: MethodDefinition<_nestmall_thirdparty_v1_VerifyIdentityRequest, _nestmall_thirdparty_v1_Identity, _nestmall_thirdparty_v1_VerifyIdentityRequest__Output, _nestmall_thirdparty_v1_Identity__Output>
}
