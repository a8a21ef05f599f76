import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { Matches } from 'class-validator';
import type { StockView } from '../../application/stock-views.js';
import { InventoryClient } from '../../client/inventory.client.js';

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
}

@ApiTags('inventory')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('skus')
export class StockHttpController {
  constructor(private readonly inventory: InventoryClient) {}

  @Get(':sku_id/stock')
  @ApiOperation({ summary: 'Stock of one SKU: available, frozen, sold' })
  @ApiOkResponse({ type: StockResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  stock(@Param() params: SkuParams): Promise<StockResponse> {
    return this.inventory.getStock(params.sku_id);
  }
}
