import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_ITEMS, MAX_QUANTITY } from '../../../domain/order.js';

/** Order ids and page numbers are 32-bit signed integers (INT columns). */
const MAX_ID = 2_147_483_647;

export class OrderLineBody {
  @ApiProperty({ example: 'T00100', pattern: '^[A-Z0-9]{1,32}$' })
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id: string;

  @ApiProperty({ type: 'integer', format: 'int32', example: 1, minimum: 1, maximum: MAX_QUANTITY })
  @Max(MAX_QUANTITY)
  @Min(1)
  @IsInt()
  quantity: number;
}

export class PlaceOrderBody {
  @ApiProperty({ type: [OrderLineBody], minItems: 1, maxItems: MAX_ITEMS })
  @ValidateNested({ each: true })
  @Type(() => OrderLineBody)
  @ArrayMaxSize(MAX_ITEMS)
  @ArrayMinSize(1)
  @IsArray()
  items: OrderLineBody[];

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
    description: 'One of my addresses (GET /users/me/addresses): the order keeps a copy',
  })
  @IsOptional()
  @Max(MAX_ID, { message: `address_id must be an integer from 1 to ${MAX_ID}` })
  @Min(1, { message: `address_id must be an integer from 1 to ${MAX_ID}` })
  @IsInt({ message: `address_id must be an integer from 1 to ${MAX_ID}` })
  address_id?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 12,
    description:
      'one of my AVAILABLE coupons (GET /coupons): locked while the order is placed, used when ' +
      'it is, released if it fails',
  })
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  @IsOptional()
  coupon_id?: number;
}

export class OrderIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
  })
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  @DecimalInt()
  id: number;
}

export class OrdersPageQuery {
  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    default: 1,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  @DecimalInt()
  page_num?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 100,
    default: 10,
    description: 'capped at 100 (400 above)',
  })
  @IsOptional()
  @Max(100)
  @Min(1)
  @IsInt()
  @DecimalInt()
  page_size?: number;
}
