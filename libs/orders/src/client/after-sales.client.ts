import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type { AfterSalesPageView, AfterSalesView } from '../application/after-sales-views.js';
import type { RefundLine } from '../domain/refund-quote.js';

export interface AfterSalesRequestInput {
  kind: string;
  reason: string;
  /** The units asked back (null: every unit not refunded or asked back yet). */
  lines: RefundLine[] | null;
}

export interface AfterSalesDecisionInput {
  decision: string;
  reason: string;
}

/** A staff member as the edge verified them (their id), with the token to forward over gRPC. */
export interface AfterSalesStaff {
  staffId: number;
  accessToken: string;
}

/**
 * The port through which the REST edge reaches the orders context's after-sales (in-process or
 * gRPC). The buyer's methods act for `caller` (the gRPC adapter forwards the access token and
 * the order-service takes the user from it); the staff's for `staff`, whose token the
 * order-service checks again (aftersales:decide).
 */
export abstract class AfterSalesClient {
  abstract request(
    caller: AuthenticatedUser,
    orderId: number,
    input: AfterSalesRequestInput,
  ): Promise<AfterSalesView>;
  abstract listForOrder(caller: AuthenticatedUser, orderId: number): Promise<AfterSalesView[]>;
  abstract decide(
    staff: AfterSalesStaff,
    requestId: number,
    input: AfterSalesDecisionInput,
  ): Promise<AfterSalesView>;
  abstract receiveReturn(staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView>;
  abstract list(
    staff: AfterSalesStaff,
    status: string | null,
    pageNum?: number,
    pageSize?: number,
  ): Promise<AfterSalesPageView>;
  abstract get(staff: AfterSalesStaff, requestId: number): Promise<AfterSalesView>;
}
