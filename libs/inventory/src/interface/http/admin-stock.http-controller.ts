import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, StaffOnly, type StaffCaller } from '@nestmall/admin';
import { ApiErrors, PageQueryParams } from '@nestmall/platform';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import type { StockEntryPageView, StockEntryView } from '../../application/list-stock-entries.js';
import type { StockLedgerView } from '../../application/stock-views.js';
import { InventoryClient } from '../../client/inventory.client.js';
import { MAX_STOCK_REASON } from '../../domain/stock-entry.js';
import { MAX_RESTOCK_QUANTITY } from '../../domain/stock.js';
import { inventoryCaller } from '../stock-actor.js';

class SkuParams {
  @ApiProperty({ name: 'sku_id', example: 'T00100', pattern: '^[A-Z0-9]{1,32}$' })
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id: string;
}

class ReceiveBody {
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_RESTOCK_QUANTITY,
    example: 50,
  })
  @Max(MAX_RESTOCK_QUANTITY, {
    message: `quantity must be an integer from 1 to ${MAX_RESTOCK_QUANTITY}`,
  })
  @Min(1, { message: `quantity must be an integer from 1 to ${MAX_RESTOCK_QUANTITY}` })
  @IsInt({ message: `quantity must be an integer from 1 to ${MAX_RESTOCK_QUANTITY}` })
  quantity: number;

  @ApiPropertyOptional({ example: 'delivery note 2026-118', maxLength: MAX_STOCK_REASON })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STOCK_REASON)
  note?: string;
}

class AdjustBody {
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: -MAX_RESTOCK_QUANTITY,
    maximum: MAX_RESTOCK_QUANTITY,
    example: -2,
    description: 'units found (+) or lost (-); not 0',
  })
  @NotEquals(0, { message: 'delta must not be 0' })
  @Max(MAX_RESTOCK_QUANTITY, {
    message: `delta must be an integer from -${MAX_RESTOCK_QUANTITY} to ${MAX_RESTOCK_QUANTITY}`,
  })
  @Min(-MAX_RESTOCK_QUANTITY, {
    message: `delta must be an integer from -${MAX_RESTOCK_QUANTITY} to ${MAX_RESTOCK_QUANTITY}`,
  })
  @IsInt({
    message: `delta must be an integer from -${MAX_RESTOCK_QUANTITY} to ${MAX_RESTOCK_QUANTITY}`,
  })
  delta: number;

  @ApiProperty({ example: 'two broken in the stock count', maxLength: MAX_STOCK_REASON })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STOCK_REASON)
  reason: string;
}

class StockLevelsResponse implements StockLedgerView {
  @ApiProperty({ example: 'T00100' })
  sku_id: string;

  @ApiProperty({ type: 'integer', example: 147 })
  available: number;

  @ApiProperty({ type: 'integer', example: 1 })
  frozen: number;

  @ApiProperty({ type: 'integer', example: 2 })
  sold: number;

  @ApiProperty({
    type: 'integer',
    example: 150,
    description: 'everything received: available + frozen + sold',
  })
  total_in: number;
}

class StockEntryResponse implements StockEntryView {
  @ApiProperty({ type: 'integer', example: 7 })
  entry_id: number;

  @ApiProperty({ example: 'T00100' })
  sku_id: string;

  @ApiProperty({ enum: ['receive', 'adjust'], example: 'adjust' })
  kind: 'receive' | 'adjust';

  @ApiProperty({
    type: 'integer',
    example: -2,
    description: 'what available and total_in changed by',
  })
  quantity: number;

  @ApiProperty({ type: 'string', nullable: true, example: 'two broken in the stock count' })
  reason: string | null;

  @ApiProperty({ type: 'integer', example: 2 })
  actor_id: number;

  @ApiProperty({ example: 'merch@nestmall.example' })
  actor_email: string;

  @ApiProperty({ type: 'integer', example: 145 })
  available_after: number;

  @ApiProperty({ type: 'integer', example: 148 })
  total_in_after: number;

  @ApiProperty({ example: '2026-11-30T13:00:00.000Z' })
  at: string;
}

class StockEntryPageResponse implements StockEntryPageView {
  @ApiProperty({ type: [StockEntryResponse] })
  entries: StockEntryResponse[];

  @ApiProperty({ type: 'integer', example: 1 })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 20 })
  page_size: number;
}

/**
 * The back office's stock (docs/catalog-admin.md): goods received and adjustments with a reason
 * (stock:write), each in the SKU's ledger with who made it (any staff member reads it).
 */
@ApiTags('admin: stock')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin/stock')
export class AdminStockHttpController {
  constructor(private readonly inventory: InventoryClient) {}

  @Post(':sku_id/receive')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('stock:write')
  @ApiOperation({ summary: 'Goods received: available and total_in grow (permission stock:write)' })
  @ApiOkResponse({ type: StockLevelsResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  receive(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: SkuParams,
    @Body() body: ReceiveBody,
  ): Promise<StockLevelsResponse> {
    return this.inventory.recordStockEntry(inventoryCaller(caller), params.sku_id, {
      kind: 'receive',
      quantity: body.quantity,
      reason: body.note,
    });
  }

  @Post(':sku_id/adjust')
  @HttpCode(HttpStatus.OK)
  @StaffOnly('stock:write')
  @ApiOperation({
    summary: 'An adjustment with a reason: available and total_in move by delta (stock:write)',
    description: "Never below zero available (409): frozen and sold units are the orders'.",
  })
  @ApiOkResponse({ type: StockLevelsResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  adjust(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: SkuParams,
    @Body() body: AdjustBody,
  ): Promise<StockLevelsResponse> {
    return this.inventory.recordStockEntry(inventoryCaller(caller), params.sku_id, {
      kind: 'adjust',
      quantity: body.delta,
      reason: body.reason,
    });
  }

  @Get(':sku_id/ledger')
  @StaffOnly()
  @ApiOperation({ summary: "A SKU's ledger of receipts and adjustments, newest first (any staff)" })
  @ApiOkResponse({ type: StockEntryPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  ledger(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: SkuParams,
    @Query() query: PageQueryParams,
  ): Promise<StockEntryPageResponse> {
    return this.inventory.listStockEntries(
      inventoryCaller(caller),
      params.sku_id,
      query.page_num ?? 1,
      query.page_size ?? 20,
    );
  }
}
