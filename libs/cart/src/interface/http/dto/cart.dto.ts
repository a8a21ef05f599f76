import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_QUANTITY } from '@nestmall/orders';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CART_LIMITS } from '../../../application/cart-limits.js';

const SKU_ID = /^[A-Z0-9]{1,32}$/;
const SKU_ID_MESSAGE = 'sku_id must be 1 to 32 capital letters or digits';

export class AddCartItemBody {
  @ApiProperty({ example: 'T00100', pattern: SKU_ID.source })
  @Matches(SKU_ID, { message: SKU_ID_MESSAGE })
  sku_id: string;

  @ApiProperty({ type: 'integer', format: 'int32', example: 1, minimum: 1, maximum: MAX_QUANTITY })
  @Max(MAX_QUANTITY)
  @Min(1)
  @IsInt()
  quantity: number;
}

export class ChangeCartItemBody {
  @ApiProperty({ type: 'integer', format: 'int32', example: 3, minimum: 1, maximum: MAX_QUANTITY })
  @Max(MAX_QUANTITY)
  @Min(1)
  @IsInt()
  quantity: number;
}

export class CartSkuParams {
  @ApiProperty({ name: 'sku_id', example: 'T00100', pattern: SKU_ID.source })
  @Matches(SKU_ID, { message: SKU_ID_MESSAGE })
  sku_id: string;
}

export class MergeCartBody {
  @ApiProperty({
    example: 'q3JzZ8bW1mX9yV0aTk2LcP4n',
    pattern: '^[A-Za-z0-9_-]{24}$',
    description: 'The guest cart id (what the first add without an access token answered)',
  })
  @Matches(/^[A-Za-z0-9_-]{24}$/, { message: 'cart_id must be 24 of A-Z a-z 0-9 _ -' })
  @IsString()
  cart_id: string;
}

export class CheckOutBody {
  @ApiPropertyOptional({
    type: [String],
    example: ['T00100'],
    maxItems: CART_LIMITS.maxLines,
    description: 'The lines to order; absent or empty: every line of the cart',
  })
  @IsOptional()
  @Matches(SKU_ID, {
    each: true,
    message: 'each of sku_ids must be 1 to 32 capital letters or digits',
  })
  @ArrayMaxSize(CART_LIMITS.maxLines)
  @ArrayMinSize(0)
  @IsArray()
  sku_ids?: string[];

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int64',
    minimum: 1,
    example: 1,
    description: "One of the buyer's shipping addresses, passed through to placing the order",
  })
  @IsOptional()
  @Max(Number.MAX_SAFE_INTEGER)
  @Min(1)
  @IsInt()
  address_id?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int64',
    minimum: 1,
    example: 12,
    description:
      "One of the buyer's claimed coupons (GET /coupons), passed through to placing the order",
  })
  @IsOptional()
  @Max(Number.MAX_SAFE_INTEGER)
  @Min(1)
  @IsInt()
  coupon_id?: number;

  @ApiPropertyOptional({
    example: false,
    default: false,
    description: 'Order at the current prices even where they changed since a line was added',
  })
  @IsOptional()
  @IsBoolean()
  accept_price_changes?: boolean;
}
