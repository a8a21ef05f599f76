import { ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_USER_ID } from '../../../domain/user.js';

const PAGE_SIZE_TEXT =
  `Users per page, ${DEFAULT_PAGE_SIZE} when omitted; capped at ${MAX_PAGE_SIZE}: ` +
  `a larger value is refused with 400 (the course clamped to 1000 instead).`;

export class PageQuery {
  @ApiPropertyOptional({
    description: 'Page number, from 1',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_USER_ID,
    default: 1,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_USER_ID)
  @IsInt()
  page_num?: number;

  @ApiPropertyOptional({
    description: PAGE_SIZE_TEXT,
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  @IsInt()
  page_size?: number;
}

/** `/user/list`'s query: page_num/page_size, or their camelCase aliases pageNum/pageSize. */
export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Alias of page_num (the course client sends it)',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_USER_ID,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_USER_ID)
  @IsInt()
  pageNum?: number;

  @ApiPropertyOptional({
    description: 'Alias of page_size (the course client sends it)',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  @IsInt()
  pageSize?: number;
}
