// Original file: proto/hello.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { HelloRequest as _HelloRequest, HelloRequest__Output as _HelloRequest__Output } from './HelloRequest.js';
import type { HelloResponse as _HelloResponse, HelloResponse__Output as _HelloResponse__Output } from './HelloResponse.js';

export interface HelloClient extends grpc.Client {
  SayHello(argument: _HelloRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  SayHello(argument: _HelloRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  SayHello(argument: _HelloRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  SayHello(argument: _HelloRequest, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  sayHello(argument: _HelloRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  sayHello(argument: _HelloRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  sayHello(argument: _HelloRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  sayHello(argument: _HelloRequest, callback: grpc.requestCallback<_HelloResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface HelloHandlers extends grpc.UntypedServiceImplementation {
  SayHello: grpc.handleUnaryCall<_HelloRequest__Output, _HelloResponse>;
  
}

export interface HelloDefinition extends grpc.ServiceDefinition {
  SayHello: MethodDefinition<_HelloRequest, _HelloResponse, _HelloRequest__Output, _HelloResponse__Output>
}
