import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, markStale, STALE_ANSWER_HEADERS } from '@nestmall/platform';
import type { FastifyReply as Response } from 'fastify';
import { Matches } from 'class-validator';
import type { StockView } from '../../application/stock-views.js';
import { StockReads } from '../../client/stock-reads.js';

class SkuParams {
  @ApiProperty({ name: 'sku_id', example: 'T00100', pattern: '^[A-Z0-9]{1,32}$' })
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id: string;
}

class StockResponse implements StockView {
  @ApiProperty({ example: 'T00100' })
  sku_id: string;

  @ApiProperty({ type: 'integer', example: 97, description: 'can be ordered now' })
  available: number;

  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'held by orders being placed (TCC Try)',
  })
  frozen: number;

  @ApiProperty({
    type: 'integer',
    example: 2,
    description: 'deducted by placed orders (TCC Confirm)',
  })
  sold: number;

  @ApiPropertyOptional({
    example: true,
    description:
      'Only on a stale answer (absent on a fresh one): the inventory was unreachable and STOCK_READS=ap, so this is the last known stock ' +
      '(as of as_of), not the current one; the Age and Warning headers say so too',
  })
  stale?: true;

  @ApiPropertyOptional({
    example: '2026-11-25T07:00:00.000Z',
    description: 'Only when stale: when this stock was read from the inventory (UTC)',
  })
  as_of?: string;
}

@ApiTags('inventory')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('skus')
export class StockHttpController {
  constructor(private readonly reads: StockReads) {}

  @Get(':sku_id/stock')
  @ApiOperation({
    summary: 'Stock of one SKU: available, frozen, sold',
    description:
      'Split topology with the inventory unreachable: STOCK_READS=cp answers 503 naming the ' +
      'service; STOCK_READS=ap answers the last known stock marked stale (503 when none is known).',
  })
  @ApiOkResponse({ type: StockResponse, headers: STALE_ANSWER_HEADERS })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  async stock(
    @Param() params: SkuParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StockResponse> {
    const { value, staleAsOf } = await this.reads.stock(params.sku_id);
    markStale(response, staleAsOf);
    return staleAsOf ? { ...value, stale: true, as_of: staleAsOf.toISOString() } : value;
  }
}
