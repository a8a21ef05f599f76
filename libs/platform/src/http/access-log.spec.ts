import { jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import express from 'express';
import request from 'supertest';
import { accessLog, redactQuery, requestIdOf } from './access-log.js';

describe('redactQuery', () => {
  it.each([
    ['/users?page_num=2', '/users?page_num=2'],
    ['/users', '/users'],
    ['/login?user=a&password=hunter2', '/login?user=a&password=***'],
    [
      '/x?access_token=abc&api_key=k&Client_Secret=s',
      '/x?access_token=***&api_key=***&Client_Secret=***',
    ],
    ['/cb?code=xyz&state=1&code=again', '/cb?code=***&state=1&code=***'],
    ['/x?AUTH=1&sig=2&signature=3', '/x?AUTH=***&sig=2&signature=***'],
  ])('%s -> %s', (url, shown) => {
    expect(redactQuery(url)).toBe(shown);
  });
});

describe('requestIdOf', () => {
  it('keeps a plain caller id', () => {
    expect(requestIdOf('req-42.a_b:c')).toBe('req-42.a_b:c');
  });

  it.each([['two words'], ['line\nbreak'], ['x'.repeat(129)], [''], [['a', 'b']], [undefined]])(
    'replaces %j with a new UUID',
    (header) => {
      expect(requestIdOf(header as string)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe('accessLog', () => {
  const lines: string[] = [];
  const logger = { log: jest.fn((line: string) => void lines.push(line)) } as unknown as Logger;
  const app = express()
    .use(accessLog(logger))
    .get('/users', (_req, res) => void res.json([]))
    .get('/missing', (_req, res) => void res.status(404).json({}));
  beforeEach(() => (lines.length = 0));

  it('logs method, path without secrets, status, duration and request id, once', async () => {
    const answer = await request(app)
      .get('/users?page_num=1&token=t0p')
      .set('X-Request-Id', 'abc-1');
    expect(answer.headers['x-request-id']).toBe('abc-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/users\?page_num=1&token=\*\*\* 200 \d+\.\dms abc-1$/);
  });

  it('makes up a request id when the caller sends none, and answers with it', async () => {
    const answer = await request(app).get('/missing');
    const id = answer.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^GET /missing 404 .*ms ${id}$`))]);
  });
});
