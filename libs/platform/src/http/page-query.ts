import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DecimalInt } from './decimal-int.decorator.js';

/** `?page_num=&page_size=` of a paged list: pages from 1, 1..100 items (20 when not given). */
export class PageQueryParams {
  @ApiPropertyOptional({
    description: 'Page number, from 1',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 1_000_000,
    default: 1,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page_num?: number;

  @ApiPropertyOptional({
    description: 'Items per page',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 100,
    default: 20,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(100)
  page_size?: number;
}
