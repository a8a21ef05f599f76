// Original file: proto/nestmall/user/v1/user.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckUserActiveRequest as _nestmall_user_v1_CheckUserActiveRequest, CheckUserActiveRequest__Output as _nestmall_user_v1_CheckUserActiveRequest__Output } from '../../../nestmall/user/v1/CheckUserActiveRequest.js';
import type { CheckUserActiveResponse as _nestmall_user_v1_CheckUserActiveResponse, CheckUserActiveResponse__Output as _nestmall_user_v1_CheckUserActiveResponse__Output } from '../../../nestmall/user/v1/CheckUserActiveResponse.js';
import type { GetJwksRequest as _nestmall_user_v1_GetJwksRequest, GetJwksRequest__Output as _nestmall_user_v1_GetJwksRequest__Output } from '../../../nestmall/user/v1/GetJwksRequest.js';
import type { GetMeRequest as _nestmall_user_v1_GetMeRequest, GetMeRequest__Output as _nestmall_user_v1_GetMeRequest__Output } from '../../../nestmall/user/v1/GetMeRequest.js';
import type { GetUserRequest as _nestmall_user_v1_GetUserRequest, GetUserRequest__Output as _nestmall_user_v1_GetUserRequest__Output } from '../../../nestmall/user/v1/GetUserRequest.js';
import type { GetUserResponse as _nestmall_user_v1_GetUserResponse, GetUserResponse__Output as _nestmall_user_v1_GetUserResponse__Output } from '../../../nestmall/user/v1/GetUserResponse.js';
import type { Jwks as _nestmall_user_v1_Jwks, Jwks__Output as _nestmall_user_v1_Jwks__Output } from '../../../nestmall/user/v1/Jwks.js';
import type { ListUsersRequest as _nestmall_user_v1_ListUsersRequest, ListUsersRequest__Output as _nestmall_user_v1_ListUsersRequest__Output } from '../../../nestmall/user/v1/ListUsersRequest.js';
import type { ListUsersResponse as _nestmall_user_v1_ListUsersResponse, ListUsersResponse__Output as _nestmall_user_v1_ListUsersResponse__Output } from '../../../nestmall/user/v1/ListUsersResponse.js';
import type { LogInRequest as _nestmall_user_v1_LogInRequest, LogInRequest__Output as _nestmall_user_v1_LogInRequest__Output } from '../../../nestmall/user/v1/LogInRequest.js';
import type { LogInResponse as _nestmall_user_v1_LogInResponse, LogInResponse__Output as _nestmall_user_v1_LogInResponse__Output } from '../../../nestmall/user/v1/LogInResponse.js';
import type { LogOutResponse as _nestmall_user_v1_LogOutResponse, LogOutResponse__Output as _nestmall_user_v1_LogOutResponse__Output } from '../../../nestmall/user/v1/LogOutResponse.js';
import type { RefreshTokenRequest as _nestmall_user_v1_RefreshTokenRequest, RefreshTokenRequest__Output as _nestmall_user_v1_RefreshTokenRequest__Output } from '../../../nestmall/user/v1/RefreshTokenRequest.js';
import type { RegisterUserRequest as _nestmall_user_v1_RegisterUserRequest, RegisterUserRequest__Output as _nestmall_user_v1_RegisterUserRequest__Output } from '../../../nestmall/user/v1/RegisterUserRequest.js';

export interface UserServiceClient extends grpc.Client {
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  
  GetJwks(argument: _nestmall_user_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _nestmall_user_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _nestmall_user_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _nestmall_user_v1_GetJwksRequest, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _nestmall_user_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _nestmall_user_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _nestmall_user_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _nestmall_user_v1_GetJwksRequest, callback: grpc.requestCallback<_nestmall_user_v1_Jwks__Output>): grpc.ClientUnaryCall;
  
  GetMe(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _nestmall_user_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _nestmall_user_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _nestmall_user_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _nestmall_user_v1_ListUsersRequest, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _nestmall_user_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _nestmall_user_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _nestmall_user_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _nestmall_user_v1_ListUsersRequest, callback: grpc.requestCallback<_nestmall_user_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
  LogIn(argument: _nestmall_user_v1_LogInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_user_v1_LogInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_user_v1_LogInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_user_v1_LogInRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_user_v1_LogInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_user_v1_LogInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_user_v1_LogInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_user_v1_LogInRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  
  LogOut(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  LogOut(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  LogOut(argument: _nestmall_user_v1_RefreshTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  LogOut(argument: _nestmall_user_v1_RefreshTokenRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  logOut(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  logOut(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  logOut(argument: _nestmall_user_v1_RefreshTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  logOut(argument: _nestmall_user_v1_RefreshTokenRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogOutResponse__Output>): grpc.ClientUnaryCall;
  
  RefreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  RefreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  RefreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  RefreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  refreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  refreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  refreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  refreshToken(argument: _nestmall_user_v1_RefreshTokenRequest, callback: grpc.requestCallback<_nestmall_user_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterUser(argument: _nestmall_user_v1_RegisterUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterUser(argument: _nestmall_user_v1_RegisterUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterUser(argument: _nestmall_user_v1_RegisterUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  RegisterUser(argument: _nestmall_user_v1_RegisterUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerUser(argument: _nestmall_user_v1_RegisterUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerUser(argument: _nestmall_user_v1_RegisterUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerUser(argument: _nestmall_user_v1_RegisterUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  registerUser(argument: _nestmall_user_v1_RegisterUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface UserServiceHandlers extends grpc.UntypedServiceImplementation {
  CheckUserActive: grpc.handleUnaryCall<_nestmall_user_v1_CheckUserActiveRequest__Output, _nestmall_user_v1_CheckUserActiveResponse>;
  
  GetJwks: grpc.handleUnaryCall<_nestmall_user_v1_GetJwksRequest__Output, _nestmall_user_v1_Jwks>;
  
  GetMe: grpc.handleUnaryCall<_nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  GetUser: grpc.handleUnaryCall<_nestmall_user_v1_GetUserRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  ListUsers: grpc.handleUnaryCall<_nestmall_user_v1_ListUsersRequest__Output, _nestmall_user_v1_ListUsersResponse>;
  
  LogIn: grpc.handleUnaryCall<_nestmall_user_v1_LogInRequest__Output, _nestmall_user_v1_LogInResponse>;
  
  LogOut: grpc.handleUnaryCall<_nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogOutResponse>;
  
  RefreshToken: grpc.handleUnaryCall<_nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogInResponse>;
  
  RegisterUser: grpc.handleUnaryCall<_nestmall_user_v1_RegisterUserRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
}

export interface UserServiceDefinition extends grpc.ServiceDefinition {
  CheckUserActive: MethodDefinition<_nestmall_user_v1_CheckUserActiveRequest, _nestmall_user_v1_CheckUserActiveResponse, _nestmall_user_v1_CheckUserActiveRequest__Output, _nestmall_user_v1_CheckUserActiveResponse__Output>
  GetJwks: MethodDefinition<_nestmall_user_v1_GetJwksRequest, _nestmall_user_v1_Jwks, _nestmall_user_v1_GetJwksRequest__Output, _nestmall_user_v1_Jwks__Output>
  GetMe: MethodDefinition<_nestmall_user_v1_GetMeRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  GetUser: MethodDefinition<_nestmall_user_v1_GetUserRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_GetUserRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  ListUsers: MethodDefinition<_nestmall_user_v1_ListUsersRequest, _nestmall_user_v1_ListUsersResponse, _nestmall_user_v1_ListUsersRequest__Output, _nestmall_user_v1_ListUsersResponse__Output>
  LogIn: MethodDefinition<_nestmall_user_v1_LogInRequest, _nestmall_user_v1_LogInResponse, _nestmall_user_v1_LogInRequest__Output, _nestmall_user_v1_LogInResponse__Output>
  LogOut: MethodDefinition<_nestmall_user_v1_RefreshTokenRequest, _nestmall_user_v1_LogOutResponse, _nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogOutResponse__Output>
  RefreshToken: MethodDefinition<_nestmall_user_v1_RefreshTokenRequest, _nestmall_user_v1_LogInResponse, _nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogInResponse__Output>
  RegisterUser: MethodDefinition<_nestmall_user_v1_RegisterUserRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_RegisterUserRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
}
