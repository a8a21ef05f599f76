import { InvalidArgumentError } from './errors/domain-error.js';

export interface Page {
  pageNum: number;
  pageSize: number;
  offset: number;
}

/**
 * A list's page from `page_num` / `page_size` as a caller gave them (0 or absent: the first page,
 * `defaultSize` items); an InvalidArgumentError names the bad one.
 */
export function pageOf(
  pageNum: number | undefined,
  pageSize: number | undefined,
  sizes: { default: number; max: number },
): Page {
  const num = pageNum || 1;
  const size = pageSize || sizes.default;
  if (!Number.isSafeInteger(num) || num < 1)
    throw new InvalidArgumentError('page_num must be a positive integer');
  if (!Number.isInteger(size) || size < 1 || size > sizes.max)
    throw new InvalidArgumentError(`page_size must be an integer from 1 to ${sizes.max}`);
  return { pageNum: num, pageSize: size, offset: (num - 1) * size };
}
