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
    path,
    timestamp: new Date().toISOString(),
  };
}

function statusText(status: number): string {
  return STATUS_CODES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
