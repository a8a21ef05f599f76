// Original file: proto/nestmall/verification/v1/verification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckCodeRequest as _nestmall_verification_v1_CheckCodeRequest, CheckCodeRequest__Output as _nestmall_verification_v1_CheckCodeRequest__Output } from '../../../nestmall/verification/v1/CheckCodeRequest.js';
import type { CheckCodeResponse as _nestmall_verification_v1_CheckCodeResponse, CheckCodeResponse__Output as _nestmall_verification_v1_CheckCodeResponse__Output } from '../../../nestmall/verification/v1/CheckCodeResponse.js';
import type { IssueCodeRequest as _nestmall_verification_v1_IssueCodeRequest, IssueCodeRequest__Output as _nestmall_verification_v1_IssueCodeRequest__Output } from '../../../nestmall/verification/v1/IssueCodeRequest.js';
import type { IssueCodeResponse as _nestmall_verification_v1_IssueCodeResponse, IssueCodeResponse__Output as _nestmall_verification_v1_IssueCodeResponse__Output } from '../../../nestmall/verification/v1/IssueCodeResponse.js';

export interface VerificationServiceClient extends grpc.Client {
  CheckCode(argument: _nestmall_verification_v1_CheckCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  CheckCode(argument: _nestmall_verification_v1_CheckCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  CheckCode(argument: _nestmall_verification_v1_CheckCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  CheckCode(argument: _nestmall_verification_v1_CheckCodeRequest, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  checkCode(argument: _nestmall_verification_v1_CheckCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  checkCode(argument: _nestmall_verification_v1_CheckCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  checkCode(argument: _nestmall_verification_v1_CheckCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  checkCode(argument: _nestmall_verification_v1_CheckCodeRequest, callback: grpc.requestCallback<_nestmall_verification_v1_CheckCodeResponse__Output>): grpc.ClientUnaryCall;
  
  IssueCode(argument: _nestmall_verification_v1_IssueCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  IssueCode(argument: _nestmall_verification_v1_IssueCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  IssueCode(argument: _nestmall_verification_v1_IssueCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  IssueCode(argument: _nestmall_verification_v1_IssueCodeRequest, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  issueCode(argument: _nestmall_verification_v1_IssueCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  issueCode(argument: _nestmall_verification_v1_IssueCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  issueCode(argument: _nestmall_verification_v1_IssueCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  issueCode(argument: _nestmall_verification_v1_IssueCodeRequest, callback: grpc.requestCallback<_nestmall_verification_v1_IssueCodeResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface VerificationServiceHandlers extends grpc.UntypedServiceImplementation {
  CheckCode: grpc.handleUnaryCall<_nestmall_verification_v1_CheckCodeRequest__Output, _nestmall_verification_v1_CheckCodeResponse>;
  
  IssueCode: grpc.handleUnaryCall<_nestmall_verification_v1_IssueCodeRequest__Output, _nestmall_verification_v1_IssueCodeResponse>;
  
}

export interface VerificationServiceDefinition extends grpc.ServiceDefinition {
  CheckCode: MethodDefinition<_nestmall_verification_v1_CheckCodeRequest, _nestmall_verification_v1_CheckCodeResponse, _nestmall_verification_v1_CheckCodeRequest__Output, _nestmall_verification_v1_CheckCodeResponse__Output>
  IssueCode: MethodDefinition<_nestmall_verification_v1_IssueCodeRequest, _nestmall_verification_v1_IssueCodeResponse, _nestmall_verification_v1_IssueCodeRequest__Output, _nestmall_verification_v1_IssueCodeResponse__Output>
}
