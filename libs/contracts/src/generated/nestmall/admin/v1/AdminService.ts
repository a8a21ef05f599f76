// Original file: proto/nestmall/admin/v1/admin.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuthenticateRequest as _nestmall_admin_v1_AuthenticateRequest, AuthenticateRequest__Output as _nestmall_admin_v1_AuthenticateRequest__Output } from '../../../nestmall/admin/v1/AuthenticateRequest.js';
import type { ChangeStaffRoleRequest as _nestmall_admin_v1_ChangeStaffRoleRequest, ChangeStaffRoleRequest__Output as _nestmall_admin_v1_ChangeStaffRoleRequest__Output } from '../../../nestmall/admin/v1/ChangeStaffRoleRequest.js';
import type { CreateStaffRequest as _nestmall_admin_v1_CreateStaffRequest, CreateStaffRequest__Output as _nestmall_admin_v1_CreateStaffRequest__Output } from '../../../nestmall/admin/v1/CreateStaffRequest.js';
import type { GetMeRequest as _nestmall_admin_v1_GetMeRequest, GetMeRequest__Output as _nestmall_admin_v1_GetMeRequest__Output } from '../../../nestmall/admin/v1/GetMeRequest.js';
import type { ListAuditRequest as _nestmall_admin_v1_ListAuditRequest, ListAuditRequest__Output as _nestmall_admin_v1_ListAuditRequest__Output } from '../../../nestmall/admin/v1/ListAuditRequest.js';
import type { ListAuditResponse as _nestmall_admin_v1_ListAuditResponse, ListAuditResponse__Output as _nestmall_admin_v1_ListAuditResponse__Output } from '../../../nestmall/admin/v1/ListAuditResponse.js';
import type { ListStaffRequest as _nestmall_admin_v1_ListStaffRequest, ListStaffRequest__Output as _nestmall_admin_v1_ListStaffRequest__Output } from '../../../nestmall/admin/v1/ListStaffRequest.js';
import type { ListStaffResponse as _nestmall_admin_v1_ListStaffResponse, ListStaffResponse__Output as _nestmall_admin_v1_ListStaffResponse__Output } from '../../../nestmall/admin/v1/ListStaffResponse.js';
import type { LogInRequest as _nestmall_admin_v1_LogInRequest, LogInRequest__Output as _nestmall_admin_v1_LogInRequest__Output } from '../../../nestmall/admin/v1/LogInRequest.js';
import type { LogInResponse as _nestmall_admin_v1_LogInResponse, LogInResponse__Output as _nestmall_admin_v1_LogInResponse__Output } from '../../../nestmall/admin/v1/LogInResponse.js';
import type { StaffMember as _nestmall_admin_v1_StaffMember, StaffMember__Output as _nestmall_admin_v1_StaffMember__Output } from '../../../nestmall/admin/v1/StaffMember.js';

export interface AdminServiceClient extends grpc.Client {
  Authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _nestmall_admin_v1_AuthenticateRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  ChangeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _nestmall_admin_v1_ChangeStaffRoleRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  CreateStaff(argument: _nestmall_admin_v1_CreateStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaff(argument: _nestmall_admin_v1_CreateStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaff(argument: _nestmall_admin_v1_CreateStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaff(argument: _nestmall_admin_v1_CreateStaffRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaff(argument: _nestmall_admin_v1_CreateStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaff(argument: _nestmall_admin_v1_CreateStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaff(argument: _nestmall_admin_v1_CreateStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaff(argument: _nestmall_admin_v1_CreateStaffRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  GetMe(argument: _nestmall_admin_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_admin_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_admin_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetMe(argument: _nestmall_admin_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_admin_v1_GetMeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_admin_v1_GetMeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_admin_v1_GetMeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getMe(argument: _nestmall_admin_v1_GetMeRequest, callback: grpc.requestCallback<_nestmall_admin_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  ListAudit(argument: _nestmall_admin_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _nestmall_admin_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _nestmall_admin_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _nestmall_admin_v1_ListAuditRequest, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _nestmall_admin_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _nestmall_admin_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _nestmall_admin_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _nestmall_admin_v1_ListAuditRequest, callback: grpc.requestCallback<_nestmall_admin_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  
  ListStaff(argument: _nestmall_admin_v1_ListStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _nestmall_admin_v1_ListStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _nestmall_admin_v1_ListStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _nestmall_admin_v1_ListStaffRequest, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _nestmall_admin_v1_ListStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _nestmall_admin_v1_ListStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _nestmall_admin_v1_ListStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _nestmall_admin_v1_ListStaffRequest, callback: grpc.requestCallback<_nestmall_admin_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  
  LogIn(argument: _nestmall_admin_v1_LogInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_admin_v1_LogInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_admin_v1_LogInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  LogIn(argument: _nestmall_admin_v1_LogInRequest, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_admin_v1_LogInRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_admin_v1_LogInRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_admin_v1_LogInRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  logIn(argument: _nestmall_admin_v1_LogInRequest, callback: grpc.requestCallback<_nestmall_admin_v1_LogInResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AdminServiceHandlers extends grpc.UntypedServiceImplementation {
  Authenticate: grpc.handleUnaryCall<_nestmall_admin_v1_AuthenticateRequest__Output, _nestmall_admin_v1_StaffMember>;
  
  ChangeStaffRole: grpc.handleUnaryCall<_nestmall_admin_v1_ChangeStaffRoleRequest__Output, _nestmall_admin_v1_StaffMember>;
  
  CreateStaff: grpc.handleUnaryCall<_nestmall_admin_v1_CreateStaffRequest__Output, _nestmall_admin_v1_StaffMember>;
  
  GetMe: grpc.handleUnaryCall<_nestmall_admin_v1_GetMeRequest__Output, _nestmall_admin_v1_StaffMember>;
  
  ListAudit: grpc.handleUnaryCall<_nestmall_admin_v1_ListAuditRequest__Output, _nestmall_admin_v1_ListAuditResponse>;
  
  ListStaff: grpc.handleUnaryCall<_nestmall_admin_v1_ListStaffRequest__Output, _nestmall_admin_v1_ListStaffResponse>;
  
  LogIn: grpc.handleUnaryCall<_nestmall_admin_v1_LogInRequest__Output, _nestmall_admin_v1_LogInResponse>;
  
}

export interface AdminServiceDefinition extends grpc.ServiceDefinition {
  Authenticate: MethodDefinition<_nestmall_admin_v1_AuthenticateRequest, _nestmall_admin_v1_StaffMember, _nestmall_admin_v1_AuthenticateRequest__Output, _nestmall_admin_v1_StaffMember__Output>
  ChangeStaffRole: MethodDefinition<_nestmall_admin_v1_ChangeStaffRoleRequest, _nestmall_admin_v1_StaffMember, _nestmall_admin_v1_ChangeStaffRoleRequest__Output, _nestmall_admin_v1_StaffMember__Output>
  CreateStaff: MethodDefinition<_nestmall_admin_v1_CreateStaffRequest, _nestmall_admin_v1_StaffMember, _nestmall_admin_v1_CreateStaffRequest__Output, _nestmall_admin_v1_StaffMember__Output>
  GetMe: MethodDefinition<_nestmall_admin_v1_GetMeRequest, _nestmall_admin_v1_StaffMember, _nestmall_admin_v1_GetMeRequest__Output, _nestmall_admin_v1_StaffMember__Output>
  ListAudit: MethodDefinition<_nestmall_admin_v1_ListAuditRequest, _nestmall_admin_v1_ListAuditResponse, _nestmall_admin_v1_ListAuditRequest__Output, _nestmall_admin_v1_ListAuditResponse__Output>
  ListStaff: MethodDefinition<_nestmall_admin_v1_ListStaffRequest, _nestmall_admin_v1_ListStaffResponse, _nestmall_admin_v1_ListStaffRequest__Output, _nestmall_admin_v1_ListStaffResponse__Output>
  LogIn: MethodDefinition<_nestmall_admin_v1_LogInRequest, _nestmall_admin_v1_LogInResponse, _nestmall_admin_v1_LogInRequest__Output, _nestmall_admin_v1_LogInResponse__Output>
}
