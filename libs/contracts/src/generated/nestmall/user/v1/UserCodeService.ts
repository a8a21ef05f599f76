// Original file: proto/nestmall/user/v1/user_codes.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangeMobileRequest as _nestmall_user_v1_ChangeMobileRequest, ChangeMobileRequest__Output as _nestmall_user_v1_ChangeMobileRequest__Output } from '../../../nestmall/user/v1/ChangeMobileRequest.js';
import type { GetUserResponse as _nestmall_user_v1_GetUserResponse, GetUserResponse__Output as _nestmall_user_v1_GetUserResponse__Output } from '../../../nestmall/user/v1/GetUserResponse.js';
import type { LogInByCodeRequest as _nestmall_user_v1_LogInByCodeRequest, LogInByCodeRequest__Output as _nestmall_user_v1_LogInByCodeRequest__Output } from '../../../nestmall/user/v1/LogInByCodeRequest.js';
import type { LogInResponse as _nestmall_user_v1_LogInResponse, LogInResponse__Output as _nestmall_user_v1_LogInResponse__Output } from '../../../nestmall/user/v1/LogInResponse.js';
import type { MobileChangeCodeResponse as _nestmall_user_v1_MobileChangeCodeResponse, MobileChangeCodeResponse__Output as _nestmall_user_v1_MobileChangeCodeResponse__Output } from '../../../nestmall/user/v1/MobileChangeCodeResponse.js';
import type { RegisterByCodeRequest as _nestmall_user_v1_RegisterByCodeRequest, RegisterByCodeRequest__Output as _nestmall_user_v1_RegisterByCodeRequest__Output } from '../../../nestmall/user/v1/RegisterByCodeRequest.js';
import type { RequestMobileChangeCodeRequest as _nestmall_user_v1_RequestMobileChangeCodeRequest, RequestMobileChangeCodeRequest__Output as _nestmall_user_v1_RequestMobileChangeCodeRequest__Output } from '../../../nestmall/user/v1/RequestMobileChangeCodeRequest.js';
import type { ResetPasswordByCodeRequest as _nestmall_user_v1_ResetPasswordByCodeRequest, ResetPasswordByCodeRequest__Output as _nestmall_user_v1_ResetPasswordByCodeRequest__Output } from '../../../nestmall/user/v1/ResetPasswordByCodeRequest.js';
import type { ResetPasswordByCodeResponse as _nestmall_user_v1_ResetPasswordByCodeResponse, ResetPasswordByCodeResponse__Output as _nestmall_user_v1_ResetPasswordByCodeResponse__Output } from '../../../nestmall/user/v1/ResetPasswordByCodeResponse.js';

export interface UserCodeServiceClient extends grpc.Client {
  ChangeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  ChangeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  ChangeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  ChangeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  changeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  changeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  changeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  changeMobile(argument: _nestmall_user_v1_ChangeMobileRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  LogInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logInByCode(argument: _nestmall_user_v1_LogInByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerByCode(argument: _nestmall_user_v1_RegisterByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  RequestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  RequestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  RequestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  RequestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  requestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  requestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  requestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  requestMobileChangeCode(argument: _nestmall_user_v1_RequestMobileChangeCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_MobileChangeCodeResponse__Output>): grpc.ClientUnaryCall;
  
  ResetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  ResetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  ResetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  ResetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  resetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  resetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  resetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  resetPasswordByCode(argument: _nestmall_user_v1_ResetPasswordByCodeRequest, callback: grpc.requestCallback<_nestmall_user_v1_ResetPasswordByCodeResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface UserCodeServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangeMobile: grpc.handleUnaryCall<_nestmall_user_v1_ChangeMobileRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  LogInByCode: grpc.handleUnaryCall<_nestmall_user_v1_LogInByCodeRequest__Output, _nestmall_user_v1_LogInResponse>;
  
  RegisterByCode: grpc.handleUnaryCall<_nestmall_user_v1_RegisterByCodeRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  RequestMobileChangeCode: grpc.handleUnaryCall<_nestmall_user_v1_RequestMobileChangeCodeRequest__Output, _nestmall_user_v1_MobileChangeCodeResponse>;
  
  ResetPasswordByCode: grpc.handleUnaryCall<_nestmall_user_v1_ResetPasswordByCodeRequest__Output, _nestmall_user_v1_ResetPasswordByCodeResponse>;
  
}

export interface UserCodeServiceDefinition extends grpc.ServiceDefinition {
  ChangeMobile: MethodDefinition<_nestmall_user_v1_ChangeMobileRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_ChangeMobileRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  LogInByCode: MethodDefinition<_nestmall_user_v1_LogInByCodeRequest, _nestmall_user_v1_LogInResponse, _nestmall_user_v1_LogInByCodeRequest__Output, _nestmall_user_v1_LogInResponse__Output>
  RegisterByCode: MethodDefinition<_nestmall_user_v1_RegisterByCodeRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_RegisterByCodeRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  RequestMobileChangeCode: MethodDefinition<_nestmall_user_v1_RequestMobileChangeCodeRequest, _nestmall_user_v1_MobileChangeCodeResponse, _nestmall_user_v1_RequestMobileChangeCodeRequest__Output, _nestmall_user_v1_MobileChangeCodeResponse__Output>
  ResetPasswordByCode: MethodDefinition<_nestmall_user_v1_ResetPasswordByCodeRequest, _nestmall_user_v1_ResetPasswordByCodeResponse, _nestmall_user_v1_ResetPasswordByCodeRequest__Output, _nestmall_user_v1_ResetPasswordByCodeResponse__Output>
}
