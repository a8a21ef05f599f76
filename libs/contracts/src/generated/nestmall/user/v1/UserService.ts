// Original file: proto/nestmall/user/v1/user.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddAddressRequest as _nestmall_user_v1_AddAddressRequest, AddAddressRequest__Output as _nestmall_user_v1_AddAddressRequest__Output } from '../../../nestmall/user/v1/AddAddressRequest.js';
import type { Address as _nestmall_user_v1_Address, Address__Output as _nestmall_user_v1_Address__Output } from '../../../nestmall/user/v1/Address.js';
import type { AddressRef as _nestmall_user_v1_AddressRef, AddressRef__Output as _nestmall_user_v1_AddressRef__Output } from '../../../nestmall/user/v1/AddressRef.js';
import type { ChangePasswordRequest as _nestmall_user_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _nestmall_user_v1_ChangePasswordRequest__Output } from '../../../nestmall/user/v1/ChangePasswordRequest.js';
import type { CheckUserActiveRequest as _nestmall_user_v1_CheckUserActiveRequest, CheckUserActiveRequest__Output as _nestmall_user_v1_CheckUserActiveRequest__Output } from '../../../nestmall/user/v1/CheckUserActiveRequest.js';
import type { CheckUserActiveResponse as _nestmall_user_v1_CheckUserActiveResponse, CheckUserActiveResponse__Output as _nestmall_user_v1_CheckUserActiveResponse__Output } from '../../../nestmall/user/v1/CheckUserActiveResponse.js';
import type { DeleteAccountRequest as _nestmall_user_v1_DeleteAccountRequest, DeleteAccountRequest__Output as _nestmall_user_v1_DeleteAccountRequest__Output } from '../../../nestmall/user/v1/DeleteAccountRequest.js';
import type { Empty as _nestmall_user_v1_Empty, Empty__Output as _nestmall_user_v1_Empty__Output } from '../../../nestmall/user/v1/Empty.js';
import type { GetJwksRequest as _nestmall_user_v1_GetJwksRequest, GetJwksRequest__Output as _nestmall_user_v1_GetJwksRequest__Output } from '../../../nestmall/user/v1/GetJwksRequest.js';
import type { GetMeRequest as _nestmall_user_v1_GetMeRequest, GetMeRequest__Output as _nestmall_user_v1_GetMeRequest__Output } from '../../../nestmall/user/v1/GetMeRequest.js';
import type { GetUserRequest as _nestmall_user_v1_GetUserRequest, GetUserRequest__Output as _nestmall_user_v1_GetUserRequest__Output } from '../../../nestmall/user/v1/GetUserRequest.js';
import type { GetUserResponse as _nestmall_user_v1_GetUserResponse, GetUserResponse__Output as _nestmall_user_v1_GetUserResponse__Output } from '../../../nestmall/user/v1/GetUserResponse.js';
import type { Jwks as _nestmall_user_v1_Jwks, Jwks__Output as _nestmall_user_v1_Jwks__Output } from '../../../nestmall/user/v1/Jwks.js';
import type { ListAddressesResponse as _nestmall_user_v1_ListAddressesResponse, ListAddressesResponse__Output as _nestmall_user_v1_ListAddressesResponse__Output } from '../../../nestmall/user/v1/ListAddressesResponse.js';
import type { ListUsersRequest as _nestmall_user_v1_ListUsersRequest, ListUsersRequest__Output as _nestmall_user_v1_ListUsersRequest__Output } from '../../../nestmall/user/v1/ListUsersRequest.js';
import type { ListUsersResponse as _nestmall_user_v1_ListUsersResponse, ListUsersResponse__Output as _nestmall_user_v1_ListUsersResponse__Output } from '../../../nestmall/user/v1/ListUsersResponse.js';
import type { LogInRequest as _nestmall_user_v1_LogInRequest, LogInRequest__Output as _nestmall_user_v1_LogInRequest__Output } from '../../../nestmall/user/v1/LogInRequest.js';
import type { LogInResponse as _nestmall_user_v1_LogInResponse, LogInResponse__Output as _nestmall_user_v1_LogInResponse__Output } from '../../../nestmall/user/v1/LogInResponse.js';
import type { LogOutResponse as _nestmall_user_v1_LogOutResponse, LogOutResponse__Output as _nestmall_user_v1_LogOutResponse__Output } from '../../../nestmall/user/v1/LogOutResponse.js';
import type { Profile as _nestmall_user_v1_Profile, Profile__Output as _nestmall_user_v1_Profile__Output } from '../../../nestmall/user/v1/Profile.js';
import type { RefreshTokenRequest as _nestmall_user_v1_RefreshTokenRequest, RefreshTokenRequest__Output as _nestmall_user_v1_RefreshTokenRequest__Output } from '../../../nestmall/user/v1/RefreshTokenRequest.js';
import type { RegisterUserRequest as _nestmall_user_v1_RegisterUserRequest, RegisterUserRequest__Output as _nestmall_user_v1_RegisterUserRequest__Output } from '../../../nestmall/user/v1/RegisterUserRequest.js';
import type { UpdateAddressRequest as _nestmall_user_v1_UpdateAddressRequest, UpdateAddressRequest__Output as _nestmall_user_v1_UpdateAddressRequest__Output } from '../../../nestmall/user/v1/UpdateAddressRequest.js';
import type { UpdateProfileRequest as _nestmall_user_v1_UpdateProfileRequest, UpdateProfileRequest__Output as _nestmall_user_v1_UpdateProfileRequest__Output } from '../../../nestmall/user/v1/UpdateProfileRequest.js';

export interface UserServiceClient extends grpc.Client {
  AddAddress(argument: _nestmall_user_v1_AddAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  AddAddress(argument: _nestmall_user_v1_AddAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  AddAddress(argument: _nestmall_user_v1_AddAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  AddAddress(argument: _nestmall_user_v1_AddAddressRequest, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  addAddress(argument: _nestmall_user_v1_AddAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  addAddress(argument: _nestmall_user_v1_AddAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  addAddress(argument: _nestmall_user_v1_AddAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  addAddress(argument: _nestmall_user_v1_AddAddressRequest, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  
  ChangePassword(argument: _nestmall_user_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _nestmall_user_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _nestmall_user_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _nestmall_user_v1_ChangePasswordRequest, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _nestmall_user_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _nestmall_user_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _nestmall_user_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _nestmall_user_v1_ChangePasswordRequest, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  CheckUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  checkUserActive(argument: _nestmall_user_v1_CheckUserActiveRequest, callback: grpc.requestCallback<_nestmall_user_v1_CheckUserActiveResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteAccount(argument: _nestmall_user_v1_DeleteAccountRequest, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  GetAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  GetAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  GetAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  GetAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  getAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  getAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  getAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  getAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  
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
  
  GetProfile(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  GetProfile(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  GetProfile(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  GetProfile(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  getProfile(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  getProfile(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  getProfile(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  getProfile(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _nestmall_user_v1_GetUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  getUser(argument: _nestmall_user_v1_GetUserRequest, callback: grpc.requestCallback<_nestmall_user_v1_GetUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListAddresses(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _nestmall_user_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _nestmall_user_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _nestmall_user_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_user_v1_ListAddressesResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  RemoveAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  SetDefaultAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  SetDefaultAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  SetDefaultAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  SetDefaultAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  setDefaultAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  setDefaultAddress(argument: _nestmall_user_v1_AddressRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  setDefaultAddress(argument: _nestmall_user_v1_AddressRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  setDefaultAddress(argument: _nestmall_user_v1_AddressRef, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  
  UpdateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  UpdateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  UpdateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  UpdateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  updateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  updateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  updateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  updateAddress(argument: _nestmall_user_v1_UpdateAddressRequest, callback: grpc.requestCallback<_nestmall_user_v1_Address__Output>): grpc.ClientUnaryCall;
  
  UpdateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _nestmall_user_v1_UpdateProfileRequest, callback: grpc.requestCallback<_nestmall_user_v1_Profile__Output>): grpc.ClientUnaryCall;
  
}

export interface UserServiceHandlers extends grpc.UntypedServiceImplementation {
  AddAddress: grpc.handleUnaryCall<_nestmall_user_v1_AddAddressRequest__Output, _nestmall_user_v1_Address>;
  
  ChangePassword: grpc.handleUnaryCall<_nestmall_user_v1_ChangePasswordRequest__Output, _nestmall_user_v1_Empty>;
  
  CheckUserActive: grpc.handleUnaryCall<_nestmall_user_v1_CheckUserActiveRequest__Output, _nestmall_user_v1_CheckUserActiveResponse>;
  
  DeleteAccount: grpc.handleUnaryCall<_nestmall_user_v1_DeleteAccountRequest__Output, _nestmall_user_v1_Empty>;
  
  GetAddress: grpc.handleUnaryCall<_nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Address>;
  
  GetJwks: grpc.handleUnaryCall<_nestmall_user_v1_GetJwksRequest__Output, _nestmall_user_v1_Jwks>;
  
  GetMe: grpc.handleUnaryCall<_nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  GetProfile: grpc.handleUnaryCall<_nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_Profile>;
  
  GetUser: grpc.handleUnaryCall<_nestmall_user_v1_GetUserRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  ListAddresses: grpc.handleUnaryCall<_nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_ListAddressesResponse>;
  
  ListUsers: grpc.handleUnaryCall<_nestmall_user_v1_ListUsersRequest__Output, _nestmall_user_v1_ListUsersResponse>;
  
  LogIn: grpc.handleUnaryCall<_nestmall_user_v1_LogInRequest__Output, _nestmall_user_v1_LogInResponse>;
  
  LogOut: grpc.handleUnaryCall<_nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogOutResponse>;
  
  RefreshToken: grpc.handleUnaryCall<_nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogInResponse>;
  
  RegisterUser: grpc.handleUnaryCall<_nestmall_user_v1_RegisterUserRequest__Output, _nestmall_user_v1_GetUserResponse>;
  
  RemoveAddress: grpc.handleUnaryCall<_nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Empty>;
  
  SetDefaultAddress: grpc.handleUnaryCall<_nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Address>;
  
  UpdateAddress: grpc.handleUnaryCall<_nestmall_user_v1_UpdateAddressRequest__Output, _nestmall_user_v1_Address>;
  
  UpdateProfile: grpc.handleUnaryCall<_nestmall_user_v1_UpdateProfileRequest__Output, _nestmall_user_v1_Profile>;
  
}

export interface UserServiceDefinition extends grpc.ServiceDefinition {
  AddAddress: MethodDefinition<_nestmall_user_v1_AddAddressRequest, _nestmall_user_v1_Address, _nestmall_user_v1_AddAddressRequest__Output, _nestmall_user_v1_Address__Output>
  ChangePassword: MethodDefinition<_nestmall_user_v1_ChangePasswordRequest, _nestmall_user_v1_Empty, _nestmall_user_v1_ChangePasswordRequest__Output, _nestmall_user_v1_Empty__Output>
  CheckUserActive: MethodDefinition<_nestmall_user_v1_CheckUserActiveRequest, _nestmall_user_v1_CheckUserActiveResponse, _nestmall_user_v1_CheckUserActiveRequest__Output, _nestmall_user_v1_CheckUserActiveResponse__Output>
  DeleteAccount: MethodDefinition<_nestmall_user_v1_DeleteAccountRequest, _nestmall_user_v1_Empty, _nestmall_user_v1_DeleteAccountRequest__Output, _nestmall_user_v1_Empty__Output>
  GetAddress: MethodDefinition<_nestmall_user_v1_AddressRef, _nestmall_user_v1_Address, _nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Address__Output>
  GetJwks: MethodDefinition<_nestmall_user_v1_GetJwksRequest, _nestmall_user_v1_Jwks, _nestmall_user_v1_GetJwksRequest__Output, _nestmall_user_v1_Jwks__Output>
  GetMe: MethodDefinition<_nestmall_user_v1_GetMeRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  GetProfile: MethodDefinition<_nestmall_user_v1_GetMeRequest, _nestmall_user_v1_Profile, _nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_Profile__Output>
  GetUser: MethodDefinition<_nestmall_user_v1_GetUserRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_GetUserRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  ListAddresses: MethodDefinition<_nestmall_user_v1_GetMeRequest, _nestmall_user_v1_ListAddressesResponse, _nestmall_user_v1_GetMeRequest__Output, _nestmall_user_v1_ListAddressesResponse__Output>
  ListUsers: MethodDefinition<_nestmall_user_v1_ListUsersRequest, _nestmall_user_v1_ListUsersResponse, _nestmall_user_v1_ListUsersRequest__Output, _nestmall_user_v1_ListUsersResponse__Output>
  LogIn: MethodDefinition<_nestmall_user_v1_LogInRequest, _nestmall_user_v1_LogInResponse, _nestmall_user_v1_LogInRequest__Output, _nestmall_user_v1_LogInResponse__Output>
  LogOut: MethodDefinition<_nestmall_user_v1_RefreshTokenRequest, _nestmall_user_v1_LogOutResponse, _nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogOutResponse__Output>
  RefreshToken: MethodDefinition<_nestmall_user_v1_RefreshTokenRequest, _nestmall_user_v1_LogInResponse, _nestmall_user_v1_RefreshTokenRequest__Output, _nestmall_user_v1_LogInResponse__Output>
  RegisterUser: MethodDefinition<_nestmall_user_v1_RegisterUserRequest, _nestmall_user_v1_GetUserResponse, _nestmall_user_v1_RegisterUserRequest__Output, _nestmall_user_v1_GetUserResponse__Output>
  RemoveAddress: MethodDefinition<_nestmall_user_v1_AddressRef, _nestmall_user_v1_Empty, _nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Empty__Output>
  SetDefaultAddress: MethodDefinition<_nestmall_user_v1_AddressRef, _nestmall_user_v1_Address, _nestmall_user_v1_AddressRef__Output, _nestmall_user_v1_Address__Output>
  UpdateAddress: MethodDefinition<_nestmall_user_v1_UpdateAddressRequest, _nestmall_user_v1_Address, _nestmall_user_v1_UpdateAddressRequest__Output, _nestmall_user_v1_Address__Output>
  UpdateProfile: MethodDefinition<_nestmall_user_v1_UpdateProfileRequest, _nestmall_user_v1_Profile, _nestmall_user_v1_UpdateProfileRequest__Output, _nestmall_user_v1_Profile__Output>
}
