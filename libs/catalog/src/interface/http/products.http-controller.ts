import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import type { ProductView, SkuView } from '../../application/catalog-views.js';
import { CatalogClient } from '../../client/catalog.client.js';

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
}

@ApiTags('catalog')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('products')
export class ProductsHttpController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get()
  @ApiOperation({ summary: 'Every product with its SKUs and prices' })
  @ApiOkResponse({ type: [ProductResponse] })
  list(): Promise<ProductResponse[]> {
    return this.catalog.listProducts();
  }
}
