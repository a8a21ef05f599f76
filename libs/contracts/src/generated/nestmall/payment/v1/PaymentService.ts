// Original file: proto/nestmall/payment/v1/payment.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Notification as _nestmall_payment_v1_Notification, Notification__Output as _nestmall_payment_v1_Notification__Output } from '../../../nestmall/payment/v1/Notification.js';
import type { NotificationOutcome as _nestmall_payment_v1_NotificationOutcome, NotificationOutcome__Output as _nestmall_payment_v1_NotificationOutcome__Output } from '../../../nestmall/payment/v1/NotificationOutcome.js';
import type { Payment as _nestmall_payment_v1_Payment, Payment__Output as _nestmall_payment_v1_Payment__Output } from '../../../nestmall/payment/v1/Payment.js';
import type { PaymentRef as _nestmall_payment_v1_PaymentRef, PaymentRef__Output as _nestmall_payment_v1_PaymentRef__Output } from '../../../nestmall/payment/v1/PaymentRef.js';
import type { ReconcileRequest as _nestmall_payment_v1_ReconcileRequest, ReconcileRequest__Output as _nestmall_payment_v1_ReconcileRequest__Output } from '../../../nestmall/payment/v1/ReconcileRequest.js';
import type { ReconciliationReport as _nestmall_payment_v1_ReconciliationReport, ReconciliationReport__Output as _nestmall_payment_v1_ReconciliationReport__Output } from '../../../nestmall/payment/v1/ReconciliationReport.js';
import type { StartPaymentRequest as _nestmall_payment_v1_StartPaymentRequest, StartPaymentRequest__Output as _nestmall_payment_v1_StartPaymentRequest__Output } from '../../../nestmall/payment/v1/StartPaymentRequest.js';

export interface PaymentServiceClient extends grpc.Client {
  GetPayment(argument: _nestmall_payment_v1_PaymentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _nestmall_payment_v1_PaymentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _nestmall_payment_v1_PaymentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _nestmall_payment_v1_PaymentRef, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _nestmall_payment_v1_PaymentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _nestmall_payment_v1_PaymentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _nestmall_payment_v1_PaymentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _nestmall_payment_v1_PaymentRef, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  
  HandleNotification(argument: _nestmall_payment_v1_Notification, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  HandleNotification(argument: _nestmall_payment_v1_Notification, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  HandleNotification(argument: _nestmall_payment_v1_Notification, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  HandleNotification(argument: _nestmall_payment_v1_Notification, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  handleNotification(argument: _nestmall_payment_v1_Notification, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  handleNotification(argument: _nestmall_payment_v1_Notification, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  handleNotification(argument: _nestmall_payment_v1_Notification, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  handleNotification(argument: _nestmall_payment_v1_Notification, callback: grpc.requestCallback<_nestmall_payment_v1_NotificationOutcome__Output>): grpc.ClientUnaryCall;
  
  Reconcile(argument: _nestmall_payment_v1_ReconcileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  Reconcile(argument: _nestmall_payment_v1_ReconcileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  Reconcile(argument: _nestmall_payment_v1_ReconcileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  Reconcile(argument: _nestmall_payment_v1_ReconcileRequest, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  reconcile(argument: _nestmall_payment_v1_ReconcileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  reconcile(argument: _nestmall_payment_v1_ReconcileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  reconcile(argument: _nestmall_payment_v1_ReconcileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  reconcile(argument: _nestmall_payment_v1_ReconcileRequest, callback: grpc.requestCallback<_nestmall_payment_v1_ReconciliationReport__Output>): grpc.ClientUnaryCall;
  
  StartPayment(argument: _nestmall_payment_v1_StartPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  StartPayment(argument: _nestmall_payment_v1_StartPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  StartPayment(argument: _nestmall_payment_v1_StartPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  StartPayment(argument: _nestmall_payment_v1_StartPaymentRequest, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  startPayment(argument: _nestmall_payment_v1_StartPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  startPayment(argument: _nestmall_payment_v1_StartPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  startPayment(argument: _nestmall_payment_v1_StartPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  startPayment(argument: _nestmall_payment_v1_StartPaymentRequest, callback: grpc.requestCallback<_nestmall_payment_v1_Payment__Output>): grpc.ClientUnaryCall;
  
}

export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
  GetPayment: grpc.handleUnaryCall<_nestmall_payment_v1_PaymentRef__Output, _nestmall_payment_v1_Payment>;
  
  HandleNotification: grpc.handleUnaryCall<_nestmall_payment_v1_Notification__Output, _nestmall_payment_v1_NotificationOutcome>;
  
  Reconcile: grpc.handleUnaryCall<_nestmall_payment_v1_ReconcileRequest__Output, _nestmall_payment_v1_ReconciliationReport>;
  
  StartPayment: grpc.handleUnaryCall<_nestmall_payment_v1_StartPaymentRequest__Output, _nestmall_payment_v1_Payment>;
  
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
  GetPayment: MethodDefinition<_nestmall_payment_v1_PaymentRef, _nestmall_payment_v1_Payment, _nestmall_payment_v1_PaymentRef__Output, _nestmall_payment_v1_Payment__Output>
  HandleNotification: MethodDefinition<_nestmall_payment_v1_Notification, _nestmall_payment_v1_NotificationOutcome, _nestmall_payment_v1_Notification__Output, _nestmall_payment_v1_NotificationOutcome__Output>
  Reconcile: MethodDefinition<_nestmall_payment_v1_ReconcileRequest, _nestmall_payment_v1_ReconciliationReport, _nestmall_payment_v1_ReconcileRequest__Output, _nestmall_payment_v1_ReconciliationReport__Output>
  StartPayment: MethodDefinition<_nestmall_payment_v1_StartPaymentRequest, _nestmall_payment_v1_Payment, _nestmall_payment_v1_StartPaymentRequest__Output, _nestmall_payment_v1_Payment__Output>
}
