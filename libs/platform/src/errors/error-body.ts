import { STATUS_CODES } from 'node:http';
import { ApiProperty } from '@nestjs/swagger';

/** The one error format of every 4xx and 5xx answer. */
export class ErrorBody {
  @ApiProperty({ type: 'integer', example: 400, description: 'the HTTP status, repeated' })
  status: number;

  @ApiProperty({ example: 'Bad Request', description: 'the status text' })
  error: string;

  @ApiProperty({
    example: 'page_size must not be greater than 100',
    description: 'what was wrong, naming the field; several problems are joined with "; "',
  })
  message: string;

  @ApiProperty({ example: '/user/list?page_size=5000' })
  path: string;

  @ApiProperty({ example: '2026-11-25T07:00:00.000Z', description: 'UTC' })
  timestamp: string;
}

export function errorBody(status: number, message: string, path: string): ErrorBody {
  return {
    status,
    error: statusText(status),
    message,
    path: redactQuery(path),
    timestamp: new Date().toISOString(),
  };
}

/** Query parameters whose values are never echoed back (a token put in a URL, say). */
const SECRET_PARAMETER = /token|secret|passw|pwd|auth|key|session|code|sig|credential/i;

/**
 * The path as an error answer may show it: the values of secret-looking query parameters
 * replaced by "REDACTED" (`/orders?access_token=REDACTED`), so a link with a token in it is
 * not repeated into a body that clients log and proxies cache.
 */
export function redactQuery(path: string): string {
  const start = path.indexOf('?');
  if (start < 0) return path;
  const query = path
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=REDACTED` : pair;
    });
  return `${path.slice(0, start)}?${query.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function statusText(status: number): string {
  return STATUS_CODES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
