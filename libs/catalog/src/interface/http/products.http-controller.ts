import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, markStale, STALE_ANSWER_HEADERS } from '@nestmall/platform';
import type { FastifyReply as Response } from 'fastify';
import type { ProductView, SkuView } from '../../application/catalog-views.js';
import { ProductReads } from '../../client/product-reads.js';

class SkuResponse implements SkuView {
  @ApiProperty({ example: 'T00100' })
  sku_id: string;

  @ApiProperty({ type: 'integer', example: 1000 })
  product_id: number;

  @ApiProperty({ example: 'Demo product 1000, standard' })
  title: string;

  @ApiProperty({ type: 'integer', example: 1990, description: 'price in cents (integer)' })
  price_cents: number;

  @ApiProperty({ example: true, description: 'false: off shelf, cannot be ordered' })
  on_shelf: boolean;
}

class ProductResponse implements ProductView {
  @ApiProperty({ type: 'integer', example: 1000 })
  product_id: number;

  @ApiProperty({ example: 'Demo product 1000' })
  name: string;

  @ApiProperty({ type: [SkuResponse] })
  skus: SkuResponse[];

  @ApiProperty({
    type: [String],
    example: [
      'https://img.nestmall.example/products/1000/front.jpg',
      'https://img.nestmall.example/products/1000/side.jpg',
    ],
    description: 'image URLs in display order (moderated when the product was approved)',
  })
  images: string[];

  @ApiPropertyOptional({
    example: true,
    description:
      'Only on a stale answer (absent on a fresh one): the inventory-service was unreachable and STOCK_READS=ap, so this is the last ' +
      'known product (as of as_of); the Age and Warning headers say so too',
  })
  stale?: true;

  @ApiPropertyOptional({
    example: '2026-11-25T07:00:00.000Z',
    description: 'Only when stale: when the product list was read from the service (UTC)',
  })
  as_of?: string;
}

@ApiTags('catalog')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('products')
export class ProductsHttpController {
  constructor(private readonly reads: ProductReads) {}

  @Get()
  @ApiOperation({
    summary: 'Every product with its SKUs and prices',
    description:
      'Split topology with the inventory-service unreachable: STOCK_READS=cp answers 503 naming ' +
      'the service; STOCK_READS=ap answers the last known list, each product marked stale (503 ' +
      'when none is known).',
  })
  @ApiOkResponse({ type: [ProductResponse], headers: STALE_ANSWER_HEADERS })
  async list(@Res({ passthrough: true }) response: Response): Promise<ProductResponse[]> {
    const { value, staleAsOf } = await this.reads.products();
    markStale(response, staleAsOf);
    if (!staleAsOf) return value;
    const marks = { stale: true as const, as_of: staleAsOf.toISOString() };
    return value.map((product) => ({ ...product, ...marks }));
  }
}
