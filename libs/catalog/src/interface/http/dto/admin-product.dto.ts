import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt, PageQueryParams } from '@nestmall/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  AdminProductPageView,
  AdminProductView,
  AdminSkuView,
} from '../../../application/catalog-admin-views.js';
import {
  MAX_IMAGE_URL,
  MAX_IMAGES,
  MAX_PRICE_CENTS,
  MAX_PRODUCT_NAME,
  MAX_SKUS,
  PRODUCT_STATUSES,
  type ProductStatus,
} from '../../../domain/catalog-product.js';

const MAX_ID = 2_147_483_647;

export class AdminSkuBody implements AdminSkuView {
  @ApiProperty({ example: 'MUG350W', pattern: '^[A-Z0-9]{1,32}$' })
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id: string;

  @ApiProperty({ example: 'Mug 350 ml, white', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_PRICE_CENTS,
    example: 2490,
    description: 'price in cents (integer)',
  })
  @Max(MAX_PRICE_CENTS, { message: `price_cents must be an integer from 1 to ${MAX_PRICE_CENTS}` })
  @Min(1, { message: `price_cents must be an integer from 1 to ${MAX_PRICE_CENTS}` })
  @IsInt({ message: `price_cents must be an integer from 1 to ${MAX_PRICE_CENTS}` })
  price_cents: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 100 },
    example: { colour: 'white', volume: '350 ml' },
    description: 'up to 20 names (1..40 characters) with string values',
  })
  @IsObject()
  attributes: Record<string, string>;
}

export class ProductBody {
  @ApiProperty({ example: 'Ceramic mug', maxLength: MAX_PRODUCT_NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PRODUCT_NAME)
  name: string;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 3,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  brand_id?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 12,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  category_id?: number;

  @ApiProperty({ type: [AdminSkuBody], minItems: 1, maxItems: MAX_SKUS })
  @ValidateNested({ each: true })
  @Type(() => AdminSkuBody)
  @ArrayMaxSize(MAX_SKUS)
  @ArrayMinSize(1)
  @IsArray()
  skus: AdminSkuBody[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_IMAGES,
    items: { type: 'string', format: 'uri', maxLength: MAX_IMAGE_URL },
    example: [
      'https://img.nestmall.example/products/mug/front.jpg',
      'https://img.nestmall.example/products/mug/side.jpg',
    ],
    description:
      'image URLs (http or https, each once), in display order; absent: none. Moderated when the ' +
      'product is approved; a change of them sends a reviewed product back to draft',
  })
  @IsOptional()
  @MaxLength(MAX_IMAGE_URL, {
    each: true,
    message: `images must be http or https URLs of at most ${MAX_IMAGE_URL} characters`,
  })
  @IsString({ each: true, message: 'images must be http or https URLs' })
  @ArrayMaxSize(MAX_IMAGES, { message: `images must list at most ${MAX_IMAGES} image URLs` })
  @IsArray({ message: `images must list at most ${MAX_IMAGES} image URLs` })
  images?: string[];
}

export class RejectBody {
  @ApiProperty({ example: 'The photos do not show the product', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ProductIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 2000,
  })
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  id: number;
}

export class ProductQueryParams extends PageQueryParams {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, example: 'submitted' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES, { message: `status must be one of ${PRODUCT_STATUSES.join(', ')}` })
  status?: ProductStatus;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 3,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  brand_id?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 12,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  category_id?: number;

  @ApiPropertyOptional({
    description: 'A part of the name, any case',
    example: 'mug',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}

export class AdminSkuResponse implements AdminSkuView {
  @ApiProperty({ example: 'MUG350W' })
  sku_id: string;

  @ApiProperty({ example: 'Mug 350 ml, white' })
  title: string;

  @ApiProperty({ type: 'integer', example: 2490, description: 'price in cents (integer)' })
  price_cents: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { colour: 'white' },
  })
  attributes: Record<string, string>;
}

export class AdminProductResponse implements AdminProductView {
  @ApiProperty({ type: 'integer', example: 2000 })
  product_id: number;

  @ApiProperty({ example: 'Ceramic mug' })
  name: string;

  @ApiProperty({ type: 'integer', nullable: true, example: 3 })
  brand_id: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 12 })
  category_id: number | null;

  @ApiProperty({
    enum: PRODUCT_STATUSES,
    example: 'on_shelf',
    description: 'the review workflow; only on_shelf is on sale',
  })
  status: ProductStatus;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: null,
    description:
      "when rejected: the reviewer's reason, or moderation's (each flagged image, its position, " +
      'URL and labels)',
  })
  reject_reason: string | null;

  @ApiProperty({ type: 'integer', example: 3, description: 'grows with every change' })
  version: number;

  @ApiProperty({ type: [AdminSkuResponse] })
  skus: AdminSkuResponse[];

  @ApiProperty({
    type: [String],
    example: ['https://img.nestmall.example/products/mug/front.jpg'],
    description: 'image URLs, in display order',
  })
  images: string[];
}

export class AdminProductPageResponse implements AdminProductPageView {
  @ApiProperty({ type: [AdminProductResponse] })
  products: AdminProductResponse[];

  @ApiProperty({ type: 'integer', example: 1 })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 20 })
  page_size: number;
}
