import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt, PageQueryParams } from '@nestmall/platform';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { TaxonPageView, TaxonQuery, TaxonView } from '../../../application/taxon-views.js';
import { MAX_TAXON_NAME } from '../../../domain/taxon.js';

const MAX_ID = 2_147_483_647;

export class TaxonBody {
  @ApiProperty({ example: 'Kitchen', maxLength: MAX_TAXON_NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TAXON_NAME)
  name: string;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
    description:
      'categories only: a top-level category to sit under (one level); absent or null: top level',
    nullable: true,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  parent_id?: number | null;
}

export class TaxonIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
  })
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  id: number;
}

export class TaxonQueryParams extends PageQueryParams {
  @ApiPropertyOptional({
    description: 'A part of the name, any case',
    example: 'kit',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
    description: 'categories only: the subcategories of this one',
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  parent_id?: number;

  /** The use case's query (page 1 of 20 when not given). */
  toQuery(): TaxonQuery {
    return {
      name: this.name,
      parentId: this.parent_id,
      pageNum: this.page_num ?? 1,
      pageSize: this.page_size ?? 20,
    };
  }
}

export class TaxonResponse implements TaxonView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;

  @ApiProperty({ example: 'Kitchen' })
  name: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: null,
    description: 'a category under a top-level one; null for brands and top-level categories',
  })
  parent_id: number | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'grows with every change' })
  version: number;
}

export class TaxonPageResponse implements TaxonPageView {
  @ApiProperty({ type: [TaxonResponse] })
  items: TaxonResponse[];

  @ApiProperty({ type: 'integer', example: 1 })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 20 })
  page_size: number;
}
