import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import type { Notification__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/Notification.js';
import type { PaymentRef__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/PaymentRef.js';
import type { ReconcileRequest__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/ReconcileRequest.js';
import type { StartPaymentRequest__Output } from '@nestmall/contracts/generated/nestmall/payment/v1/StartPaymentRequest.js';
import {
  CallableBy,
  CurrentUser,
  InvalidArgumentError,
  JwtAuthGuard,
  type AuthenticatedUser,
} from '@nestmall/platform';
import { HandleNotification } from '../../application/handle-notification.js';
import type { NotificationOutcome, PaymentView } from '../../application/payment-views.js';
import { ReadPayments } from '../../application/read-payments.js';
import {
  ReconcilePayments,
  type ReconciliationReport,
} from '../../application/reconcile-payments.js';
import { StartPayment } from '../../application/start-payment.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../../domain/payment.js';

const SERVICE = 'nestmall.payment.v1.PaymentService';
const MAX_ID = 2_147_483_647;

/**
 * nestmall.payment.v1.PaymentService: a thin adapter over the use cases. The buyer's methods
 * take the user from the verified access token; notifications and reconciliation answer the
 * gateway only (its mutual TLS identity).
 */
@Controller()
export class PaymentGrpcController {
  constructor(
    private readonly start: StartPayment,
    private readonly read: ReadPayments,
    private readonly notifications: HandleNotification,
    private readonly reconciliation: ReconcilePayments,
  ) {}

  @GrpcMethod(SERVICE, 'StartPayment')
  @UseGuards(JwtAuthGuard)
  startPayment(
    @Payload() request: StartPaymentRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PaymentView> {
    const orderId = Number(request.order_id);
    if (!Number.isSafeInteger(orderId) || orderId < 1 || orderId > MAX_ID)
      throw new InvalidArgumentError(`order_id must be an integer 1..${MAX_ID}`);
    if (!PAYMENT_METHODS.includes(request.method as PaymentMethod))
      throw new InvalidArgumentError(`method must be one of ${PAYMENT_METHODS.join(', ')}`);
    return this.start.execute(user, orderId, request.method as PaymentMethod);
  }

  @GrpcMethod(SERVICE, 'GetPayment')
  @UseGuards(JwtAuthGuard)
  getPayment(
    @Payload() request: PaymentRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PaymentView> {
    return this.read.get(user.userId, request.payment_id);
  }

  @GrpcMethod(SERVICE, 'HandleNotification')
  @CallableBy('gateway')
  handleNotification(@Payload() request: Notification__Output): Promise<NotificationOutcome> {
    const headers = Object.fromEntries(request.headers.map((h) => [h.name.toLowerCase(), h.value]));
    return this.notifications.execute(request.method, request.raw_body, headers);
  }

  @GrpcMethod(SERVICE, 'Reconcile')
  @CallableBy('gateway')
  reconcile(@Payload() request: ReconcileRequest__Output): Promise<ReconciliationReport> {
    return this.reconciliation.execute(new Date(request.from), new Date(request.to));
  }
}
