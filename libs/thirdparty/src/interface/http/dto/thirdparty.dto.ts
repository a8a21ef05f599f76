import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { IdentityView, TrackingOutcomeView } from '../../../client/thirdparty.client.js';
import { TRACKING_STATUSES, type TrackingStatus } from '../../../domain/tracking.js';

export class VerifyIdentityBody {
  @ApiProperty({ example: '张三', maxLength: 40, description: 'The name on the ID card' })
  @IsString()
  @MaxLength(40)
  name: string;

  @ApiProperty({
    example: '11010519491231002X',
    maxLength: 24,
    description:
      'The 18-character resident ID number (its check digit is checked here: 400 naming ' +
      'idNumber); never stored, only a masked copy is kept',
  })
  @IsString()
  @MaxLength(24)
  id_number: string;
}

export class IdentityResponse implements IdentityView {
  @ApiProperty({ type: 'integer', example: 7 }) user_id: number;
  @ApiProperty({ example: true, description: "true when the provider's verdict is MATCH" })
  verified: boolean;
  @ApiProperty({ enum: ['MATCH', 'MISMATCH'], example: 'MATCH' }) verdict: 'MATCH' | 'MISMATCH';
  @ApiProperty({ example: '110***********002X' }) masked_id_number: string;
  @ApiProperty({ example: 'sandbox-identity' }) provider: string;
  @ApiProperty({ example: '2026-11-30T10:00:00.000Z' }) verified_at: string;
}

export class TrackingOutcomeResponse implements TrackingOutcomeView {
  @ApiProperty({ example: true, description: 'false: heard before (a replay), nothing changed' })
  changed: boolean;
  @ApiProperty({ enum: TRACKING_STATUSES, example: 'DELIVERED' }) status: TrackingStatus;
}
