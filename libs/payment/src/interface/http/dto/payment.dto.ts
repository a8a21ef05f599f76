import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../domain/payment.js';

const MAX_ID = 2_147_483_647;

export class StartPaymentBody {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_ID, example: 1 })
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  order_id: number;

  @ApiProperty({ enum: PAYMENT_METHODS, example: 'card' })
  @IsIn(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(', ')}` })
  method: PaymentMethod;
}

const PAYMENT_ID = '^pay_[0-9]{1,10}_[0-9]{1,6}$';

export class PaymentIdParams {
  @ApiProperty({ name: 'id', pattern: PAYMENT_ID, example: 'pay_1_1' })
  @Matches(new RegExp(PAYMENT_ID), { message: 'id must be a payment id such as pay_1_1' })
  id: string;
}

export class ProviderParams {
  @ApiProperty({ name: 'provider', enum: PAYMENT_METHODS, example: 'card' })
  @IsIn(PAYMENT_METHODS, { message: `provider must be one of ${PAYMENT_METHODS.join(', ')}` })
  provider: PaymentMethod;
}

export class ReconcileQuery {
  @ApiProperty({ example: '2026-11-01T00:00:00Z', description: 'ISO 8601, inclusive' })
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 time' })
  from: string;

  @ApiProperty({ example: '2026-12-01T00:00:00Z', description: 'ISO 8601, exclusive' })
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 time' })
  to: string;
}
